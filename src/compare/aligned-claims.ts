import type { AlignedClaim, Conflict, ConflictSide, Divergence, Story } from '../model/corpus.js';
import type { ClaimView } from './claim-view.js';
import { checkworthiness } from './checkworthiness.js';

/**
 * A story's aligned claims, one per cluster of views (`clusters`: root to members), largest
 * first: each names its publishers, its status (`disputed` roots are conflicting), its
 * attribute conflicts and the clusters it is an unclear match of. Sets each view's claim id in
 * `clusterOf` and points the conflicts' and divergences' sides at their claims. Apart from
 * compareStory, as matchPublisherPair is.
 */
export function alignedClaims(story: Story, views: readonly ClaimView[], clusters: Map<number, number[]>, conflicts: Conflict[], divergences: Divergence[], disputed: Set<number>, unclearPairs: [number, number][], clusterOf: Map<number, string>): AlignedClaim[] {
  const claims: AlignedClaim[] = [];
  // Each cluster's sides and attribute conflicts, gathered once: a scan of every conflict and
  // divergence for every cluster grew with their product in a large story.
  const sidesOf = new Map<string, ConflictSide[]>();
  for (const c of [...conflicts, ...divergences]) for (const s of c.sides) if (s.claim) (sidesOf.get(s.claim) ?? sidesOf.set(s.claim, []).get(s.claim)!).push(s);
  const attributeConflictsOf = new Map<string, string[]>();
  for (const c of conflicts) {
    if (c.kind === 'polarity') continue;
    for (const claim of new Set(c.sides.map((x) => x.claim))) if (claim) (attributeConflictsOf.get(claim) ?? attributeConflictsOf.set(claim, []).get(claim)!).push(c.id);
  }
  let k = 0;
  for (const [root, members] of [...clusters].sort((x, y) => y[1].length - x[1].length || x[0] - y[0])) {
    const id = `${story.id}:c${++k}`;
    const pubs = [...new Set(members.map((i) => views[i].publisher))];
    for (const i of members) clusterOf.set(i, id);
    const lead = members[0];
    const attributeConflicts = attributeConflictsOf.get(`root:${root}`) ?? [];
    claims.push({
      id,
      story: story.id,
      text: views[lead].doc.text.slice(views[lead].claim.sentence.start, views[lead].claim.sentence.end),
      status: disputed.has(root) ? 'conflicting' : pubs.length >= 2 ? 'corroborated' : 'single-source',
      publishers: pubs,
      members: members.map((i) => ({ doc: views[i].doc.id, claim: views[i].claim.id, publisher: views[i].publisher, evidence: sentenceSpan(views[i]) })),
      checkworthiness: Math.max(...members.map((i) => checkworthiness(views[i]))),
      attribution: views[lead].attribution,
      ...(attributeConflicts.length ? { attributeConflicts } : {}),
    });
    for (const s of sidesOf.get(`root:${root}`) ?? []) s.claim = id;
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
  return claims;
}

function sentenceSpan(v: ClaimView) {
  return { doc: v.doc.id, start: v.claim.sentence.start, end: v.claim.sentence.end };
}
