import { createHash } from 'node:crypto';
import type { Corpus, Story } from '../model/corpus.js';
import { LIVE_CORPUS, type LiveCorpusConfig } from './live-config.js';
import type { Entity } from '../model/corpus.js';
import { matchPersonNames } from '../resolve/names/person-match.js';
import { nameKey } from './name-key.js';
import type { Redirect, StoredMention, StoredNamesake } from './live-types.js';

export type { Redirect, StoredMention, StoredNamesake } from './live-types.js';

/** A stored story as id matching sees it: its id and documents. */
export interface StoredStory {
  id: string;
  documents: string[];
}

/**
 * Gives the stories and entities a corpus run produces the ids the store already knows them by,
 * so a link stays valid across runs. Hooked after the resolver (entities) and the grouper
 * (stories), before the stages that build on their ids. Knows only what the store handed it:
 * the stored stories and entity mentions of the documents this run reads.
 */
export class StableIds {
  readonly redirects: Redirect[] = [];

  constructor(
    private readonly stored: { stories: StoredStory[]; mentions: StoredMention[]; namesakes?: StoredNamesake[] },
    private readonly config: LiveCorpusConfig = LIVE_CORPUS,
  ) {}

  readonly afterStage = (stage: string, corpus: Corpus): void => {
    if (stage === 'resolve') this.redirects.push(...assignEntityIds(corpus, this.stored.mentions, this.stored.namesakes));
    if (stage === 'stories' && corpus.stories) this.redirects.push(...assignStoryIds(corpus.stories, this.stored.stories, this.config));
  };
}

/**
 * A new story's id, from the documents it was opened with: the same documents give the same id.
 * `taken` holds the ids in use: a story that regains exactly the documents an older story was
 * opened with (the older one having grown and kept its id) must not take that id, so the
 * content is salted until the id is free.
 */
export function newStoryId(documents: string[], taken: Set<string> = new Set()): string {
  return freeId('s', [...documents].sort(), taken);
}

/** A new entity's id, from the mentions it was first seen with (salted while taken, as for stories). */
export function newEntityId(mentionKeys: string[], taken: Set<string> = new Set()): string {
  return freeId('e', [...mentionKeys].sort(), taken);
}

function freeId(prefix: string, parts: string[], taken: Set<string>): string {
  for (let salt = 0; ; salt++) {
    const id = `${prefix}-${createHash('sha1').update((salt ? [`#${salt}`, ...parts] : parts).join('\n')).digest('hex').slice(0, 12)}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/**
 * Each new story takes the id of the stored story it overlaps most, when the Jaccard of their
 * documents (over those the store held before) reaches the threshold; best pairs first, one
 * stored id per new story. The others get new ids. A stored story none kept is redirected to
 * the new story that absorbed most of its documents (a merge).
 */
export function assignStoryIds(stories: Story[], stored: StoredStory[], config: LiveCorpusConfig = LIVE_CORPUS): Redirect[] {
  const storyOfDoc = new Map<string, number>();
  stored.forEach((s, j) => { for (const d of s.documents) storyOfDoc.set(d, j); });
  const shared = stories.map((story) => {
    const counts = new Map<number, number>();
    let known = 0;
    for (const d of story.documents) {
      const j = storyOfDoc.get(d);
      if (j === undefined) continue;
      known++;
      counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    return { known, counts };
  });
  const pairs: { i: number; j: number; jaccard: number }[] = [];
  shared.forEach(({ known, counts }, i) => {
    for (const [j, both] of counts) pairs.push({ i, j, jaccard: both / (known + stored[j].documents.length - both) });
  });
  // Best overlap first; among equals the larger stored story keeps its id, then the smaller id (determinism).
  pairs.sort((a, b) => b.jaccard - a.jaccard || stored[b.j].documents.length - stored[a.j].documents.length
    || (stored[a.j].id < stored[b.j].id ? -1 : stored[a.j].id > stored[b.j].id ? 1 : 0));
  const keptBy = new Map<number, number>();
  const ids: (string | null)[] = stories.map(() => null);
  for (const p of pairs) {
    if (p.jaccard < config.storyKeepJaccard || ids[p.i] !== null || keptBy.has(p.j)) continue;
    ids[p.i] = stored[p.j].id;
    keptBy.set(p.j, p.i);
  }
  const taken = new Set(stored.map((x) => x.id));
  stories.forEach((story, i) => { story.id = ids[i] ?? newStoryId(story.documents, taken); });
  const redirects: Redirect[] = [];
  stored.forEach((s, j) => {
    if (keptBy.has(j)) return;
    let best = -1;
    let most = 0;
    shared.forEach(({ counts }, i) => { const c = counts.get(j) ?? 0; if (c > most) { most = c; best = i; } });
    if (best >= 0 && stories[best].id !== s.id) redirects.push({ kind: 'story', from: s.id, to: stories[best].id });
  });
  return redirects;
}

/**
 * Each new entity takes the id of the stored entity that holds most of its mentions (document
 * and span), best pairs first, one stored id per new entity; the others get new ids. A stored
 * entity none kept is proposed as redirected to the entity that took most of its mentions (the
 * store writes the redirect only if no other story still holds it). An entity that holds no
 * stored mention takes the id of the one namesake (a stored entity of stories this run did not
 * load) it is the same actor as (sameActor), so the actor's page lists its new story too.
 */
export function assignEntityIds(corpus: Corpus, stored: StoredMention[], namesakes: StoredNamesake[] = []): Redirect[] {
  const entities = corpus.entities ?? [];
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const holder = new Map(stored.map((m) => [`${m.doc}:${m.start}:${m.end}`, m.entity]));
  const keysOf = entities.map((e) => e.mentions.map((ref) => {
    const m = docs.get(ref.doc)?.layers.mentions?.[ref.index];
    return m ? `${ref.doc}:${m.start}:${m.end}` : `${ref.doc}#${ref.index}`;
  }));
  const pairs: { i: number; old: string; both: number }[] = [];
  const counts = keysOf.map((keys) => {
    const c = new Map<string, number>();
    for (const k of keys) { const old = holder.get(k); if (old !== undefined) c.set(old, (c.get(old) ?? 0) + 1); }
    return c;
  });
  counts.forEach((c, i) => { for (const [old, both] of c) pairs.push({ i, old, both }); });
  pairs.sort((a, b) => b.both - a.both || (a.old < b.old ? -1 : a.old > b.old ? 1 : a.i - b.i));
  const kept = new Set<string>();
  const ids: (string | null)[] = entities.map(() => null);
  for (const p of pairs) {
    if (ids[p.i] !== null || kept.has(p.old)) continue;
    ids[p.i] = p.old;
    kept.add(p.old);
  }
  const inRun = new Set(stored.map((m) => m.entity));
  namesakeIds(entities, ids, namesakes.filter((n) => !inRun.has(n.id)));
  const rename = new Map<string, string>();
  const taken = new Set([...inRun, ...namesakes.map((n) => n.id)]);
  entities.forEach((e, i) => { rename.set(e.id, ids[i] ?? newEntityId(keysOf[i], taken)); });
  for (const e of entities) e.id = rename.get(e.id)!;
  if (corpus.mentionEntity) for (const [k, id] of corpus.mentionEntity) corpus.mentionEntity.set(k, rename.get(id) ?? id);
  for (const a of corpus.possibleAliases ?? []) { a.a = rename.get(a.a) ?? a.a; a.b = rename.get(a.b) ?? a.b; }
  const redirects: Redirect[] = [];
  for (const old of inRun) {
    if (kept.has(old)) continue;
    let best = -1;
    let most = 0;
    counts.forEach((c, i) => { const n = c.get(old) ?? 0; if (n > most) { most = n; best = i; } });
    if (best >= 0) redirects.push({ kind: 'entity', from: old, to: entities[best].id });
  }
  return redirects;
}

/**
 * Fills the ids of entities none of whose mentions a stored entity held: each takes the id of the
 * stored namesake it is the same actor as, when exactly one is and no other new entity claims it
 * (when unsure, a new id: a false merge puts one actor's claims on another's page). Namesakes
 * held by the stories this run loaded are left out by the caller: the resolver saw those and
 * kept them apart.
 */
function namesakeIds(entities: Entity[], ids: (string | null)[], namesakes: StoredNamesake[]): void {
  if (namesakes.length === 0) return;
  const claims = new Map<string, number[]>();
  entities.forEach((e, i) => {
    if (ids[i] !== null) return;
    const same = namesakes.filter((n) => sameActor(e, n));
    if (same.length === 1) (claims.get(same[0].id) ?? claims.set(same[0].id, []).get(same[0].id)!).push(i);
  });
  for (const [id, claimants] of claims) if (claimants.length === 1) ids[claimants[0]] = id;
}

/**
 * The test the cross-document resolver puts two names through, on a stored entity and a new
 * one: one type, a spelling of each meeting on one name key, and the canonical names agreeing
 * (people: the person-name matcher says same; others: one name key).
 */
function sameActor(e: Entity, n: StoredNamesake): boolean {
  if (e.type !== n.type) return false;
  const keys = new Set([e.name, ...e.aliases].map((s) => nameKey(s).key).filter(Boolean));
  if (!n.keys.some((k) => keys.has(k))) return false;
  if (e.type === 'PER') return matchPersonNames(e.name, n.name).verdict === 'same';
  const key = nameKey(e.name).key;
  return key !== '' && key === nameKey(n.name).key;
}
