import { stem, type ClaimView } from './claim-view.js';

/**
 * How likely two claims from different publishers report the same fact: shared resolved
 * entities and content stems (both IDF-weighted within the story, so "Syria" in a story about
 * Syria says little), the same class of action and participants, and a shared date.
 */
export function claimSimilarity(a: ClaimView, b: ClaimView, idf: (key: string) => number): number {
  const entities = weightedOverlap(a.entities, b.entities, idf, 0.4);
  const words = weightedOverlap(new Set(a.stems.keys()), new Set(b.stems.keys()), idf, 0.25);
  const action = sameAction(a, b) ? 1 : 0;
  const roles = (a.actor && a.actor === b.actor ? 0.5 : 0) + (a.target && a.target === b.target ? 0.5 : 0);
  const time = sharedDate(a, b) ? 1 : 0;
  const score = 0.25 * entities + 0.35 * words + 0.15 * action + 0.1 * roles + 0.15 * time;
  // A quoted speaker's words and an outlet's own reporting rarely state the same fact.
  return sameSource(a, b) ? score : 0.8 * score;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * Weighted overlap of two sets: shared weight over the smaller side's weight plus a share of the
 * size difference. A small `slack` lets a short sentence match a long one; a larger one keeps a
 * sentence naming two common entities from matching every sentence that names them.
 */
function weightedOverlap(a: Set<string>, b: Set<string>, idf: (s: string) => number, slack: number): number {
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const s of a) { const w = idf(s); wa += w; if (b.has(s)) shared += w; }
  for (const s of b) wb += idf(s);
  const small = Math.min(wa, wb);
  return small > 0 ? shared / (small + slack * Math.abs(wa - wb)) : 0;
}

/** Both claims date something to the same month or finer and the dates overlap. */
function sharedDate(a: ClaimView, b: ClaimView): boolean {
  const fine = (g: string) => g === 'day' || g === 'week' || g === 'month' || g === 'part-of-month';
  for (const x of a.times) {
    if (x.type !== 'DATE' || !x.earliest || !x.latest || !fine(x.granularity)) continue;
    for (const y of b.times) {
      if (y.type !== 'DATE' || !y.earliest || !y.latest || !fine(y.granularity)) continue;
      if (x.earliest <= y.latest && y.earliest <= x.latest) return true;
    }
  }
  return false;
}

/**
 * The same class of action, or a verb of one side named as a noun by the other ("withdrew" and
 * "the withdrawal", "visited" and "his visit").
 */
function sameAction(a: ClaimView, b: ClaimView): boolean {
  if (a.predicates.some((p) => b.predicates.some((q) => q.cls === p.cls))) return true;
  return a.predicates.some((p) => b.stems.has(stem(p.lemma))) || b.predicates.some((q) => a.stems.has(stem(q.lemma)));
}

function sameSource(a: ClaimView, b: ClaimView): boolean {
  const sa = a.claim.source;
  const sb = b.claim.source;
  return sa.kind === 'outlet' ? sb.kind === 'outlet' : sb.kind === 'speaker' && (a.speaker === null || a.speaker === b.speaker);
}
