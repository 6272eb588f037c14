import type { AlignedClaim, Conflict, Corpus, Story } from '../model/corpus.js';
import { claimViews, type ClaimView } from './claim-view.js';
import { claimSimilarity, phraseKey, type StoryStatistics } from './similarity.js';
import { findConflicts, oppositeStatements, type PairConflict } from './conflicts.js';
import { stem } from './claim-view.js';
import { copyChanges } from './copy-diff.js';
import type { Document } from '../model/document.js';
import { oppositionOf } from './actions.js';

/** Two claims from different publishers align when they are each other's best match above this. */
export const ALIGN_THRESHOLD = 0.3;
/** Below the threshold but above this, a pair is "unclear": not aligned, not a conflict. */
export const UNCLEAR_THRESHOLD = 0.22;
/** A subject named in at most this many of a story's claims is specific enough to compare statements about it. */
const RARE_SUBJECT_MAX_CLAIMS = 4;

export interface StoryComparison {
  claims: AlignedClaim[];
  conflicts: Conflict[];
  views: ClaimView[];
  /** View index to aligned claim id. */
  clusterOf: Map<number, string>;
}

/**
 * Aligns a story's claims across independent publishers: for each pair of publishers, each claim
 * is paired with the other's most similar claim when the choice is mutual and scores enough.
 * Aligned claims form clusters; a cluster asserted by two or more publishers is corroborated,
 * by one single-source, and a cluster whose members disagree on a value is conflicting.
 */
export function compareStory(corpus: Corpus, story: Story, entityName: (id: string) => string): StoryComparison {
  const views = claimViews(corpus, new Set(story.documents));
  const df = new Map<string, number>();
  for (const v of views) {
    for (const s of v.stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
    for (const e of v.entities) df.set(e, (df.get(e) ?? 0) + 1);
    for (const p of v.phrases) df.set(phraseKey(p), (df.get(phraseKey(p)) ?? 0) + 1);
  }
  const idfOf = new Map<string, number>();
  const stats: StoryStatistics = {
    idf: (s: string) => {
      let w = idfOf.get(s);
      if (w === undefined) idfOf.set(s, (w = Math.log((views.length + 1) / ((df.get(s) ?? 0) + 0.5))));
      return w;
    },
    claimsWith: (s: string) => df.get(s) ?? 0,
  };

  const byPublisher = new Map<string, number[]>();
  views.forEach((v, i) => (byPublisher.get(v.publisher) ?? byPublisher.set(v.publisher, []).get(v.publisher)!).push(i));
  const publishers = [...byPublisher.keys()];
  const parent = views.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const pairs: [number, number][] = [];
  const unclearPairs: [number, number][] = [];

  for (let p = 0; p < publishers.length; p++) {
    for (let q = p + 1; q < publishers.length; q++) {
      const P = byPublisher.get(publishers[p])!;
      const Q = byPublisher.get(publishers[q])!;
      const sim = P.map((i) => Q.map((j) => claimSimilarity(views[i], views[j], stats)));
      const bestInQ = P.map((_, a) => argmax(sim[a]));
      const bestInP = Q.map((_, b) => argmax(P.map((__, a) => sim[a][b])));
      P.forEach((i, a) => {
        const b = bestInQ[a];
        if (b < 0 || bestInP[b] !== a) return;
        if (sim[a][b] < ALIGN_THRESHOLD) {
          // Each other's best match, but weakly: "unclear" rather than a forced pair.
          if (sim[a][b] >= UNCLEAR_THRESHOLD) unclearPairs.push([i, Q[b]]);
          return;
        }
        pairs.push([i, Q[b]]);
        parent[find(Q[b])] = find(i);
      });
    }
  }

  const clusters = new Map<number, number[]>();
  views.forEach((_, i) => (clusters.get(find(i)) ?? clusters.set(find(i), []).get(find(i))!).push(i));
  const clusterOf = new Map<number, string>();
  const claims: AlignedClaim[] = [];
  const conflicts: Conflict[] = [];
  const conflictsOfCluster = new Map<number, number>();

  const addConflict = (a: number, b: number, c: PairConflict) => {
    for (const root of [find(a), find(b)]) conflictsOfCluster.set(root, (conflictsOfCluster.get(root) ?? 0) + 1);
    conflicts.push({
      id: `${story.id}:x${conflicts.length + 1}`,
      story: story.id,
      kind: c.kind,
      about: c.about,
      sides: [
        { publisher: views[a].publisher, value: c.values[0], evidence: wholeSentence(views[a]), claim: `root:${find(a)}` },
        { publisher: views[b].publisher, value: c.values[1], evidence: wholeSentence(views[b]), claim: `root:${find(b)}` },
      ],
    });
  };
  for (const [a, b] of pairs) for (const c of findConflicts(views[a], views[b], entityName)) addConflict(a, b, c);

  // Opposite statements about one rare subject ("the truce held" / "both sides violate the
  // truce") seldom share enough words to align, so they are looked for across all pairs.
  const paired = new Set(pairs.map(([a, b]) => `${a}|${b}`));
  const rare = (noun: string) => (df.get(stem(noun)) ?? 0) <= RARE_SUBJECT_MAX_CLAIMS;
  // Only claims holding the two sides of one opposition are compared: far fewer than all pairs.
  const bySide = new Map<string, number[]>();
  views.forEach((v, i) => {
    for (const key of new Set(v.lemmas.filter((l) => l.pos === 'VERB').map((l) => oppositionOf(l.lemma)).filter((o) => o !== null).map((o) => `${o!.pair}:${o!.side}`))) {
      (bySide.get(key) ?? bySide.set(key, []).get(key)!).push(i);
    }
  });
  for (const [key, left] of bySide) {
    if (!key.endsWith(':0')) continue;
    for (const a of left) {
      for (const b of bySide.get(key.replace(/:0$/, ':1')) ?? []) {
        if (views[a].publisher === views[b].publisher || paired.has(`${a}|${b}`) || paired.has(`${b}|${a}`)) continue;
        const c = oppositeStatements(views[a], views[b], rare);
        if (c) addConflict(a, b, c);
      }
    }
  }

  let k = 0;
  for (const [root, members] of [...clusters].sort((x, y) => y[1].length - x[1].length || x[0] - y[0])) {
    const id = `${story.id}:c${++k}`;
    const pubs = [...new Set(members.map((i) => views[i].publisher))];
    for (const i of members) clusterOf.set(i, id);
    const lead = members[0];
    claims.push({
      id,
      story: story.id,
      text: views[lead].doc.text.slice(views[lead].claim.sentence.start, views[lead].claim.sentence.end),
      status: conflictsOfCluster.has(root) ? 'conflicting' : pubs.length >= 2 ? 'corroborated' : 'single-source',
      publishers: pubs,
      members: members.map((i) => ({ doc: views[i].doc.id, claim: views[i].claim.id, publisher: views[i].publisher, evidence: sentenceSpan(views[i]) })),
    });
    for (const c of conflicts) for (const side of c.sides) if (side.claim === `root:${root}`) side.claim = id;
  }
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const [a, b] of unclearPairs) {
    const ca = clusterOf.get(a)!;
    const cb = clusterOf.get(b)!;
    if (ca === cb) continue;
    for (const [x, y] of [[ca, cb], [cb, ca]]) {
      const claim = byId.get(x)!;
      claim.unclear = [...new Set([...(claim.unclear ?? []), y])];
    }
  }
  return { claims, conflicts, views, clusterOf };
}

function sentenceSpan(v: ClaimView) {
  return { doc: v.doc.id, start: v.claim.sentence.start, end: v.claim.sentence.end };
}

/** The whole sentence a (clause) claim comes from: conflicts show sentences side by side. */
function wholeSentence(v: ClaimView) {
  const s = v.doc.layers.sentences?.find((x) => x.start <= v.claim.sentence.start && v.claim.sentence.end <= x.end);
  return { doc: v.doc.id, start: s?.start ?? v.claim.sentence.start, end: s?.end ?? v.claim.sentence.end };
}

function argmax(xs: number[]): number {
  let best = -1;
  let bestValue = -Infinity;
  xs.forEach((x, i) => { if (x > bestValue) { bestValue = x; best = i; } });
  return best;
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
      { publisher, value: c.values[0], evidence: { doc: a.id, ...c.original } },
      { publisher, value: c.values[1], evidence: { doc: b.id, ...c.copy }, alteredCopyOf: a.id },
    ],
  }));
}
