import type { Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { EntityType } from '../model/mention.js';
import { posName } from '../annotate/tokens/tokenize.js';
import { lemmaOf } from '../annotate/tokens/vocabulary.js';
import { textSignature } from './signature-cache.js';
import { bodyText } from './body-text.js';
import { titleTerms } from './title-terms.js';
import { documentMemo } from '../model/document-memo.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
/** Who an event happens to or is done by: the entities whose difference makes two events two. */
const ACTOR_TYPES = new Set<EntityType>(['PER', 'ORG']);

/** What the story grouper compares: entities (resolved ids), content lemmas, a MinHash signature, the date. */
export interface StoryFeatures {
  doc: Document;
  entities: Map<string, number>;
  /** Entity key to how often each type was tagged on its mentions: taggers disagree on one name across documents. */
  entityTypes: Map<string, Map<EntityType, number>>;
  /** Name key and the resolved entity id of each mention that has one: spellings the resolver linked. */
  resolvedAs: [string, string][];
  /** People and organisations the document is about: named at least twice, most mentioned first (set by the grouper, which sees every document's types). */
  actors: string[];
  /** The actors the corpus tags as people and the title or lead names, most mentioned first (set by the grouper): who the report is about, not who it quotes further down. */
  persons: string[];
  /** The last word of each name in the title or the lead. */
  leadNameEnds: Set<string>;
  /** The last word of every name the document carries: a surname alone names the same person. */
  nameEnds: Set<string>;
  /** Content lemmas of the body (the lead's weighing more) and of the title (counted twice). */
  lemmas: Map<string, number>;
  signature: Uint32Array;
  /** Days since 1970 of the publication date, when known. */
  day: number | null;
}

/** A headline names the event: its lemmas count twice. */
const TITLE_WEIGHT = 2;
/** The lead of a news report says what happened; the rest is background any report of the topic may share. */
const LEAD_SENTENCES = 2;
const LEAD_WEIGHT = 3;

/** What storyFeatures reads of the document alone: the same at every update that loads it. */
interface DocumentTerms {
  entities: ReadonlyMap<string, number>;
  entityTypes: Map<string, Map<EntityType, number>>;
  /** Each named mention's index and name key, in mention order (the resolved ids are the corpus's). */
  named: [number, string][];
  leadNameEnds: Set<string>;
  lemmas: Map<string, number>;
  signature: Uint32Array;
  day: number | null;
}

export function storyFeatures(corpus: Corpus, doc: Document): StoryFeatures {
  const terms = documentMemo(doc, 'story-features', documentTerms);
  const resolvedAs: [string, string][] = [];
  for (const [i, name] of terms.named) {
    const id = corpus.mentionEntity?.get(`${doc.id}:${i}`);
    if (id !== undefined) resolvedAs.push([name, id]);
  }
  return {
    doc,
    // The grouper adds the resolved entities' keys to its own copy (unifyEntityKeys); the rest it only reads.
    entities: new Map(terms.entities),
    entityTypes: terms.entityTypes,
    resolvedAs,
    actors: [],
    persons: [],
    nameEnds: new Set(),
    leadNameEnds: terms.leadNameEnds,
    lemmas: terms.lemmas,
    signature: terms.signature,
    day: terms.day,
  };
}

function documentTerms(doc: Document): DocumentTerms {
  const entities = new Map<string, number>();
  const entityTypes = new Map<string, Map<EntityType, number>>();
  const named: [number, string][] = [];
  const leadNameEnds = new Set<string>();
  const sentences = doc.layers.sentences ?? [];
  const leadEnd = sentences.length ? sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1].end : 0;
  (doc.layers.mentions ?? []).forEach((m, i) => {
    if (m.type === 'MISC') return;
    // The name itself, whatever type the tagger gave it here: "Klitschko" tagged a place in one
    // report and a person in the next is one protagonist. The resolved id adds spelling variants.
    const name = nameKey(m.text);
    if (!name) return;
    if (m.start < leadEnd) leadNameEnds.add(nameEnd(name));
    named.push([i, name]);
    countName(entities, entityTypes, name, m.type);
  });
  const lemmas = new Map<string, number>();
  const t = doc.layers.tokens;
  if (t) {
    for (let i = 0; i < t.count; i++) {
      if (!CONTENT_POS.has(posName(t.pos[i]))) continue;
      // Strings, not ids: lemma ids are only comparable within one process.
      const lemma = lemmaOf(t.lemma[i]);
      const w = t.sentence[i] < LEAD_SENTENCES ? LEAD_WEIGHT : 1;
      lemmas.set(lemma, (lemmas.get(lemma) ?? 0) + w);
    }
  }
  const title = titleTerms(doc, CONTENT_POS);
  for (const lemma of title.lemmas) lemmas.set(lemma, (lemmas.get(lemma) ?? 0) + TITLE_WEIGHT);
  for (const m of title.names) {
    const name = nameKey(m.text);
    if (!name) continue;
    countName(entities, entityTypes, name, m.type);
    leadNameEnds.add(nameEnd(name));
  }
  const published = doc.meta.published ? Date.parse(doc.meta.published.slice(0, 10)) : NaN;
  return {
    entities,
    entityTypes,
    named,
    leadNameEnds,
    lemmas,
    signature: textSignature(doc.id, `${doc.meta.title ?? ''}\n${bodyText(doc)}`),
    day: Number.isFinite(published) ? Math.round(published / 86_400_000) : null,
  };
}

/** A mention's name, case and possessive dropped: the key that holds across documents and tag types. */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/['\u2019]s?$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether the corpus-wide tags of an entity make it a person or organisation. */
export function isActor(votes: Map<EntityType, number> | undefined): boolean {
  return majorityOf(votes, ACTOR_TYPES);
}

const PERSON = new Set<EntityType>(['PER']);

/** Whether the corpus-wide tags of an entity make it a person. */
export function isPerson(votes: Map<EntityType, number> | undefined): boolean {
  return majorityOf(votes, PERSON);
}

function majorityOf(votes: Map<EntityType, number> | undefined, types: Set<EntityType>): boolean {
  if (!votes) return false;
  let hit = 0;
  let all = 0;
  for (const [t, c] of votes) { all += c; if (types.has(t)) hit += c; }
  return 2 * hit > all;
}

/** The last word of a name key ("jamal williams" -> "williams"). */
export function nameEnd(name: string): string {
  const space = name.lastIndexOf(' ');
  return space < 0 ? name : name.slice(space + 1);
}

function countName(entities: Map<string, number>, entityTypes: Map<string, Map<EntityType, number>>, name: string, type: EntityType): void {
  entities.set(name, (entities.get(name) ?? 0) + 1);
  const votes = entityTypes.get(name) ?? entityTypes.set(name, new Map()).get(name)!;
  votes.set(type, (votes.get(type) ?? 0) + 1);
}
