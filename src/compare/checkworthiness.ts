import type { ClaimView } from './claim-view.js';

/**
 * How much a claim is worth checking, 0..1, from what a fact-checker looks for first: numbers,
 * calendar dates, named actors acting on named targets, legal and causal statements; colour,
 * opinion and hedged speculation rank last. A ranking signal, not a verdict.
 */
export function checkworthiness(v: ClaimView): number {
  const text = v.doc.text.slice(v.claim.sentence.start, v.claim.sentence.end);
  let score = 0;
  if (v.quantities.some((q) => q.kind !== 'ordinal')) score += WEIGHTS.number;
  if (v.times.some((t) => t.type === 'DATE' && t.earliest)) score += WEIGHTS.date;
  const named = [v.actor, ...v.predicates.map((p) => p.target)].filter((x) => x !== null && !x.startsWith('MISC:'));
  if (named.length >= 1) score += WEIGHTS.namedActor;
  if (named.length >= 2) score += WEIGHTS.namedTarget;
  if (LEGAL_OR_CAUSAL.test(text)) score += WEIGHTS.legalOrCausal;
  if (v.claim.hedge) score -= WEIGHTS.hedged;
  if (OPINION.test(text)) score -= WEIGHTS.opinion;
  if (v.predicates.every((p) => p.cls === 'say')) score -= WEIGHTS.speechOnly;
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}

/** Each signal's share; they sum to 1 for a dated, numbered, legal statement between two named actors. */
const WEIGHTS = { number: 0.3, date: 0.2, namedActor: 0.15, namedTarget: 0.1, legalOrCausal: 0.25, hedged: 0.2, opinion: 0.2, speechOnly: 0.1 } as const;

const LEGAL_OR_CAUSAL = /\b(?:charged|convicted|sentenced|arrested|indicted|sued|ruled|court|law|illegal|banned|signed|decree|verdict|guilty|because|caused|due to|led to|as a result|resulted in|killed|died)\b/i;
const OPINION = /\b(?:I think|I believe|we believe|in my view|should|ought|beautiful|terrible|wonderful|amazing|shocking|deeply|hopes?|feels?)\b/i;
