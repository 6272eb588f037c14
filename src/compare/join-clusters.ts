import type { ClaimView } from './claim-view.js';
import type { MatchedPair } from './publisher-pair.js';

/**
 * Pairs join their clusters most similar first, and only when every member of one reads as
 * the same fact as every member of the other from another publisher: A~B and B~C do not make
 * A and C one fact ("the Red Sox made an offer" ~ "an offer was made" ~ "the Angels made an offer").
 * `parent` is the union-find over the views (`find` its root), joined here. Returns the pairs
 * kept: those joined or already together, and those that still disagree as they stand (their
 * conflict is shown, their clusters stay apart). Apart from compareStory, as matchPublisherPair is.
 */
export function joinClusters(views: readonly ClaimView[], pairs: readonly MatchedPair[], parent: Int32Array, find: (i: number) => number, alignedViews: (x: number, y: number) => boolean): MatchedPair[] {
  const members = new Map<number, number[]>(views.map((_, i) => [i, [i]]));
  // Each publisher's first member stands for it: what the dossier pairs, and a bound on the work.
  const representatives = (cluster: number[]) => cluster.filter((x, k) => cluster.findIndex((y) => views[y].publisher === views[x].publisher) === k);
  const kept: MatchedPair[] = [];
  for (const pair of [...pairs].sort((x, y) => y.similarity - x.similarity)) {
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra !== rb) {
      const left = members.get(ra)!;
      const right = members.get(rb)!;
      const compatible = representatives(left).every((x) => representatives(right).every((y) => (x === pair.a && y === pair.b) || views[x].publisher === views[y].publisher || alignedViews(x, y)));
      if (!compatible) {
        if (pair.conflict) kept.push(pair);
        continue;
      }
      parent[rb] = ra;
      members.set(ra, [...left, ...right]);
      members.delete(rb);
    }
    kept.push(pair);
  }
  return kept;
}
