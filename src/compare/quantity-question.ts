import type { Quantity } from '../model/quantity.js';

/** A duration written as an age. */
const AGE = /-(?:year|month|week|day)s?-old\b|\b(?:years?|months?)\s+old\b/i;
/** Units of time a duration is counted in: "how long" says it better than "how many month". */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);

/**
 * The question a figure answers, as a conflict or an update names it: "how many people" for a
 * count of a thing, "how long" for a duration, "how much money", "what share" for a percentage,
 * "which round" for a rank. The unit is a lemma ("month"), never shown as the counted thing.
 */
export function quantityQuestion(q: Pick<Quantity, 'kind' | 'unit' | 'counts'> & { text?: string }): string {
  switch (q.kind) {
    case 'duration':
      // "a 34-year-old man", "34 years old": years of a life, not of a spell.
      if (q.text && AGE.test(q.text)) return 'how old';
      return q.unit && !TIME_UNITS.has(q.unit) ? `how long, in ${q.unit}` : 'how long';
    case 'money':
      return q.counts ? `how much ${q.counts}` : 'how much money';
    case 'percent':
      return q.counts ? `what share of ${q.counts}` : 'what share';
    case 'ordinal':
      return `which ${q.counts ?? 'one in the series'}`;
    case 'measure':
      // A reading on a named scale: "what magnitude", not "how many magnitude".
      if (q.unit === 'magnitude' || q.unit === 'category') return `what ${q.unit}`;
      return q.counts ? `how much ${q.counts}` : `how many ${q.unit ?? 'units'}`;
    default:
      return `how many ${q.counts ?? q.unit ?? 'units'}`;
  }
}
