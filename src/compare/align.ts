import type { AlignedClaim, Conflict, ConflictSide, Corpus, Divergence, Story } from '../model/corpus.js';
import { claimViews, type ClaimView } from './claim-view.js';
import { claimSimilarity, keyPostings, sameDescription, storyStatistics, wordOverlap, type KeyPostings } from './similarity.js';
import { comparePair, type EntityFacts, type PairVerdict } from './conflicts.js';
import { stem } from './claim-view.js';
import { copyChanges } from './copy-diff.js';
import type { Document } from '../model/document.js';
import { oppositionOf } from './actions.js';
import { COMPARE_CONFIG } from './config.js';
import { asUpdate, tensionBetween } from './divergences.js';
import { alignedClaims } from './aligned-claims.js';
import { matchPublisherPair, type MatchedPair } from './publisher-pair.js';
import { joinClusters } from './join-clusters.js';
import { eventLinks, linkedPair, linkKey, storyMentionReader } from './event-links.js';
import type { MentionReader } from './events/index.js';

export interface StoryComparison {
  claims: AlignedClaim[];
  conflicts: Conflict[];
  divergences: Divergence[];
  views: ClaimView[];
  /** View index to aligned claim id. */
  clusterOf: Map<number, string>;
  /** How the comparison treated any two views: asked for by the perturbation harness's diagnosis only. */
  inspector?: PairInspector;
}

/** What compareStory decided about two views (indices into `views`), for diagnosing a missed disagreement. */
export interface PairInspector {
  /** The verdict on the pair, computed now when the comparison never asked for it. */
  verdict: (x: number, y: number) => PairVerdict;
  /** Whether the comparison itself asked for this pair's verdict (it was a candidate: similar enough, or linked). */
  asked: (x: number, y: number) => boolean;
  similarity: (x: number, y: number) => number;
  linked: (x: number, y: number) => boolean;
  /** The pair was kept as aligned or conflicting (mutual best match, or a linked pair that disagrees). */
  kept: (x: number, y: number) => boolean;
}

/**
 * Aligns a story's claims across independent publishers. For each pair of publishers, each claim
 * is paired with the other's most similar claim when the choice is mutual and scores enough;
 * the pair then counts as one fact only if it passes `comparePair` (one event, the same
 * participants in the same roles). Aligned claims form clusters: asserted by two or more
 * publishers, corroborated; by one, single-source. A pair that disagrees on one slot is a
 * conflict; a figure that grew between reports is an update; a pair that does not pass is at
 * most "unclear". Tensions (opposite descriptions of one situation) are looked for across all
 * pairs that hold both sides of an opposition, and never count as conflicts.
 */
export function compareStory(corpus: Corpus, story: Story, facts: EntityFacts, inspect = false, readMention: MentionReader = storyMentionReader(corpus)): StoryComparison {
  const views = claimViews(corpus, new Set(story.documents));
  const stats = storyStatistics(views);
  const rareLimit = Math.max(COMPARE_CONFIG.rareEntityMinClaims, Math.ceil(COMPARE_CONFIG.rareEntityShare * views.length));
  const byDoc = new Map<string, ClaimView[]>();
  for (const v of views) (byDoc.get(v.doc.id) ?? byDoc.set(v.doc.id, []).get(v.doc.id)!).push(v);
  const storyFacts: EntityFacts = { ...facts, rare: (e) => stats.claimsWith(e) <= rareLimit, siblings: (v) => byDoc.get(v.doc.id) ?? [] };
  const byPublisher = new Map<string, number[]>();
  views.forEach((v, i) => (byPublisher.get(v.publisher) ?? byPublisher.set(v.publisher, []).get(v.publisher)!).push(i));
  const publishers = [...byPublisher.keys()];
  const postings = new Map<string, KeyPostings>();
  const postingsOf = (publisher: string) => {
    let p = postings.get(publisher);
    if (!p) postings.set(publisher, (p = keyPostings(views, byPublisher.get(publisher)!)));
    return p;
  };
  // Typed, so of one hidden class in every story: the union-find is inlined in the loops below,
  // and their optimised code was thrown away when an array made by map came with another.
  const parent = new Int32Array(views.length);
  for (let i = 0; i < views.length; i++) parent[i] = i;
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const pairs: MatchedPair[] = [];
  // Each pair of views compared once, in the order first asked (a conflict's values follow it):
  // the best-match search and the cluster check below ask about many of the same pairs.
  // Keyed by the ordered pair's number (x * views + y): a string built for every lookup was garbage.
  const verdicts = new Map<number, PairVerdict>();
  const pairCode = (x: number, y: number) => x * views.length + y;
  const links = eventLinks(corpus, views, readMention);
  const verdictOf = (x: number, y: number) => {
    const key = pairCode(x, y);
    let v = verdicts.get(key);
    if (!v) {
      const words = wordOverlap(views[x], views[y], stats);
      verdicts.set(key, (v = comparePair(views[x], views[y], storyFacts, { sameDescription: sameDescription(views[x], views[y], stats, words), words, linked: linkedPair(links, x, y) })));
    }
    return v;
  };
  // The pairs the comparison asked about, before any inspection adds its own.
  const asked = new Set<number>();
  const alignedViews = (x: number, y: number) => (verdicts.get(pairCode(y, x)) ?? verdictOf(x, y)).aligned;
  const unclearPairs: [number, number][] = [];

  for (let p = 0; p < publishers.length; p++) {
    for (let q = p + 1; q < publishers.length; q++) {
      const P = byPublisher.get(publishers[p])!;
      const Q = byPublisher.get(publishers[q])!;
      matchPublisherPair(views, P, Q, postingsOf(publishers[q]), stats, verdictOf, pairs, unclearPairs);
    }
  }

  // Claims the event model links but the similarity search did not pair (their sentences share
  // little wording): one event told in other words, compared as such.
  // Only a disagreement is taken from such a pair: as a corroboration, a link joins different
  // statements about one event too often (counted as evidence for corroborations, it took ECB+'s
  // judged corroboration precision from 0.95 to 0.885).
  const paired = new Set(pairs.map((x) => linkKey(x.a, x.b)));
  for (const key of links.keys()) {
    if (paired.has(key)) continue;
    const bar = key.indexOf('|');
    const i = Number(key.slice(0, bar));
    const j = Number(key.slice(bar + 1));
    const v = verdictOf(i, j);
    if (v.conflict) pairs.push({ a: i, b: j, conflict: v.conflict, similarity: claimSimilarity(views[i], views[j], stats) });
  }

  const kept = joinClusters(views, pairs, parent, find, alignedViews);
  pairs.splice(0, pairs.length, ...kept);
  if (inspect) for (const key of verdicts.keys()) asked.add(key);
  const clusters = new Map<number, number[]>();
  views.forEach((_, i) => (clusters.get(find(i)) ?? clusters.set(find(i), []).get(find(i))!).push(i));
  const clusterOf = new Map<number, string>();
  const conflicts: Conflict[] = [];
  const divergences: Divergence[] = [];
  const disputed = new Set<number>();
  const side = (i: number, value: string): ConflictSide => ({
    publisher: views[i].publisher, value, evidence: wholeSentence(views[i]), claim: `root:${find(i)}`,
    published: views[i].doc.meta.published ?? null, attribution: views[i].attribution,
  });

  for (const { a, b, conflict } of pairs) {
    if (!conflict) continue;
    const sides: [ConflictSide, ConflictSide] = [side(a, conflict.values[0]), side(b, conflict.values[1])];
    const update = asUpdate(views[a], views[b], conflict, sides);
    if (update) {
      divergences.push({ id: `${story.id}:u${divergences.length + 1}`, story: story.id, kind: 'update', about: update.about, sides: update.sides });
      continue;
    }
    if (conflict.kind === 'polarity') disputed.add(find(a));
    conflicts.push({ id: `${story.id}:x${conflicts.length + 1}`, story: story.id, kind: conflict.kind, about: conflict.about, sides });
  }

  // Opposite descriptions of one rare subject ("the truce held" / "both sides violate the
  // truce") seldom align as one fact; only claims holding the two sides of one opposition are compared.
  const rare = (noun: string) => stats.claimsWith(stem(noun)) <= COMPARE_CONFIG.tensionRareNounMaxClaims;
  const bySide = new Map<string, number[]>();
  views.forEach((v, i) => {
    // Each side once per view, in the order its verbs name them; most views name none.
    let sides: Set<string> | null = null;
    for (const l of v.lemmas) {
      if (l.pos !== 'VERB') continue;
      const o = oppositionOf(l.lemma);
      if (o === null) continue;
      const key = `${o.pair}:${o.side}`;
      if (sides?.has(key)) continue;
      (sides ??= new Set()).add(key);
      (bySide.get(key) ?? bySide.set(key, []).get(key)!).push(i);
    }
  });
  for (const [key, left] of bySide) {
    if (!key.endsWith(':0')) continue;
    for (const a of left) {
      for (const b of bySide.get(key.replace(/:0$/, ':1')) ?? []) {
        if (views[a].publisher === views[b].publisher) continue;
        const t = tensionBetween(views[a], views[b], rare);
        if (t) divergences.push({ id: `${story.id}:t${divergences.length + 1}`, story: story.id, kind: 'tension', about: t.about, sides: [side(a, t.values[0]), side(b, t.values[1])] });
      }
    }
  }

  const claims = alignedClaims(story, views, clusters, conflicts, divergences, disputed, unclearPairs, clusterOf);
  const inspector: PairInspector | undefined = inspect ? {
    verdict: (x, y) => verdicts.get(pairCode(x, y)) ?? verdicts.get(pairCode(y, x)) ?? verdictOf(x, y),
    asked: (x, y) => asked.has(pairCode(x, y)) || asked.has(pairCode(y, x)),
    similarity: (x, y) => claimSimilarity(views[x], views[y], stats),
    linked: (x, y) => links.has(linkKey(x, y)),
    kept: (x, y) => pairs.some((k) => (k.a === x && k.b === y) || (k.a === y && k.b === x)),
  } : undefined;
  return { claims, conflicts, divergences, views, clusterOf, ...(inspector ? { inspector } : {}) };
}

/** The whole sentence a (clause) claim comes from: conflicts show sentences side by side. */
function wholeSentence(v: ClaimView) {
  const s = v.doc.layers.sentences?.find((x) => x.start <= v.claim.sentence.start && v.claim.sentence.end <= x.end);
  return { doc: v.doc.id, start: s?.start ?? v.claim.sentence.start, end: s?.end ?? v.claim.sentence.end };
}

/**
 * A syndicated or near-duplicate copy adds no publisher, but a copy that changes what its
 * original says (a number, a date, a name, a negation) is reported as a conflict between the
 * two, the copy's side marked as an altered copy.
 */
export function compareCopy(corpus: Corpus, story: Story, a: Document, b: Document, entityName: (id: string) => string, firstId: number): Conflict[] {
  const publisher = corpus.documentPublisher?.get(a.id) ?? `p:${a.id}`;
  const nameOf = (doc: Document, mention: number) => {
    const id = corpus.mentionEntity?.get(`${doc.id}:${mention}`);
    return id ? entityName(id) : doc.layers.mentions![mention].text;
  };
  return copyChanges(a, b, nameOf).map((c, k) => ({
    id: `${story.id}:x${firstId + k}`,
    story: story.id,
    kind: c.kind,
    about: c.about,
    sides: [
      { publisher, value: c.values[0], evidence: { doc: a.id, ...c.original }, published: a.meta.published ?? null },
      { publisher, value: c.values[1], evidence: { doc: b.id, ...c.copy }, alteredCopyOf: a.id, ...(b.meta.outlet ? { copiedBy: b.meta.outlet } : {}), published: b.meta.published ?? null },
    ],
  }));
}
