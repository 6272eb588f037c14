import type { ClaimView } from './claim-view.js';
import type { PairConflict, PairVerdict } from './conflicts.js';
import { similarityMatrix, type KeyPostings, type StoryStatistics } from './similarity.js';
import { bestPassing, matrixRanks } from './best-match.js';
import { COMPARE_CONFIG } from './config.js';

/** Two views (indices into the story's views) kept as one fact, or as a disagreement, with their similarity. */
export interface MatchedPair {
  a: number;
  b: number;
  conflict: PairConflict | null;
  similarity: number;
}

/**
 * The claims of one pair of publishers matched (P's and Q's views, indices into `views`; `inQ`
 * Q's key postings): each claim's best match among the candidates that pass as one fact, kept
 * when the choice is mutual (into `pairs`); a claim with no such match and a mutual, not weak,
 * most similar claim gives an "unclear" pair (into `unclear`). Apart from compareStory: the
 * optimising compiler took the whole story comparison for one function, and compiled it again
 * whole each time this loop grew hot.
 */
export function matchPublisherPair(views: readonly ClaimView[], P: readonly number[], Q: readonly number[], inQ: KeyPostings, stats: StoryStatistics, verdictOf: (x: number, y: number) => PairVerdict, pairs: MatchedPair[], unclear: [number, number][]): void {
  const scores = similarityMatrix(views, P, Q, inQ, stats);
  const sim = (a: number, b: number) => scores[a * Q.length + b];
  const ranks = matrixRanks(scores, P.length, Q.length, COMPARE_CONFIG.alignThreshold);
  // The most similar sentence is often about the same topic but another event, and the right one is next.
  const verdict = (a: number, b: number) => verdictOf(P[a], Q[b]);
  const limit = COMPARE_CONFIG.alignCandidates;
  const bestInQ = Int32Array.from(P, (_, a) => bestPassing(ranks.rowCandidates, ranks.rowStart[a], ranks.rowStart[a + 1], limit, (b) => sim(a, b), (b) => verdict(a, b).aligned));
  const bestInP = Int32Array.from(Q, (_, b) => bestPassing(ranks.columnCandidates, ranks.columnStart[b], ranks.columnStart[b + 1], limit, (a) => sim(a, b), (a) => verdict(a, b).aligned));
  P.forEach((i, a) => {
    const b = bestInQ[a];
    if (b >= 0 && bestInP[b] === a) {
      const j = Q[b];
      pairs.push({ a: i, b: j, conflict: verdict(a, b).conflict, similarity: sim(a, b) });
      return;
    }
    // No aligned match: the most similar claim, when the choice is mutual and not weak, is "unclear".
    const top = ranks.rowTop[a];
    if (top >= 0 && ranks.columnTop[top] === a && sim(a, top) >= COMPARE_CONFIG.unclearThreshold) unclear.push([i, Q[top]]);
  });
}
