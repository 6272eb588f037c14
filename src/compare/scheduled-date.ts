import type { ClaimView, ViewPredicate } from './claim-view.js';
import type { TimeExpression } from '../model/time.js';

/**
 * Verbs that fix when something is to happen: their date is the date of the thing scheduled.
 * ("plan" is a light verb and never a predicate, so its date already falls to the next verb.)
 */
const SCHEDULING = new Set(['schedule', 'reschedule', 'slate', 'set']);

/** Between the scheduling verb and its date: "for", "on" or "to take place on". */
const SCHEDULED_FOR = /^\s+(?:to\s+(?:take\s+place|be\s+held|begin|start|open)\s+)?(?:for|on|in)\s+$/i;

/**
 * A date that was given up ("originally scheduled for", "but will now be held"), or the schedule
 * of something else than the event it stands before: then the schedule's date is not the event's.
 */
const SUPERSEDED = /\b(?:originally|initially|first|previously|once|formerly)\s+(?:(?:was|were|been|be)\s+)?$|\bhad\s+been\s+$/i;
const CHANGED_BETWEEN = /\b(?:but|however|now|instead|until|postponed|delayed|moved|pushed|rescheduled|brought)\b|[;:]/i;

/**
 * A time that dates a scheduling verb in a clause about the event's subject dates the event: in
 * "elections that are scheduled for December 15 will be held", "which were set for Monday, will
 * open", or "the vote, slated for May, will take place", December 15, Monday and May are when the
 * elections, the opening and the vote happen. Only a passive scheduling verb before the event's
 * verb, its date right after it, and nothing between that says the plan changed.
 */
export function datesScheduledEvent(v: ClaimView, scheduling: ViewPredicate | null, event: ViewPredicate, t: TimeExpression): boolean {
  if (!scheduling || scheduling === event || !scheduling.passive || !SCHEDULING.has(scheduling.lemma.toLowerCase())) return false;
  if (!(scheduling.end <= t.start && t.end <= event.start)) return false;
  const text = v.doc.text;
  if (!SCHEDULED_FOR.test(text.slice(scheduling.end, t.start))) return false;
  if (SUPERSEDED.test(text.slice(Math.max(v.claim.sentence.start, scheduling.start - 24), scheduling.start))) return false;
  // Another verb between them has a clause of its own: the schedule is of what that verb names.
  if (v.predicates.some((x) => x.start > scheduling.end && x.start < event.start)) return false;
  return !CHANGED_BETWEEN.test(text.slice(t.end, event.start));
}
