import { EVENT_COREF_CONFIG, type EventCorefConfig } from './config.js';
import type { EventArgument, EventMention, EventTime } from './mention.js';
import { predicateSimilarity } from './predicate.js';

/** A reason two mentions cannot be one event. */
export type EventClash = 'agent' | 'patient' | 'recipient' | 'role-swap' | 'time';

/** The evidence for and against two mentions naming one event. */
export interface EventComparison {
  /** Predicate evidence alone (0 when the predicates name different kinds of event). */
  predicate: number;
  /** Roles filled by the same entity on both sides, and shared role-less participants. */
  agreements: string[];
  /** Incompatible slots: any one means two different events. */
  clashes: EventClash[];
  /** Total score in [0, 1]; 0 when the predicates differ. */
  score: number;
}

const ROLES = ['agent', 'patient', 'recipient'] as const;

function overlaps(a: EventTime[], b: EventTime[]): boolean {
  for (const x of a) for (const y of b) if (x.earliest <= y.latest && y.earliest <= x.latest) return true;
  return false;
}

/** One participant: the same resolved entity, or names with the same head word ("DeGeneres" / "Ellen DeGeneres"). */
export function sameParticipant(a: EventArgument, b: EventArgument): boolean {
  return a.entity === b.entity || a.head === b.head;
}

/**
 * Compares two event mentions: same kind of event (predicate), same entities in the same roles,
 * compatible time and place. A different entity in a filled role, swapped agent and patient, or
 * calendar times that do not overlap are clashes: each costs `clashPenalty`, and clustering never
 * merges two clusters whose members clash when `clashPenalty` is 1 or more (a block).
 */
export function compareEvents(a: EventMention, b: EventMention, config: EventCorefConfig = EVENT_COREF_CONFIG): EventComparison {
  return compareEventsInto({ predicate: 0, agreements: [], clashes: [], score: 0 }, a, b, config);
}

/** Both arguments are given and name one participant. */
const sameArgument = (x: EventArgument | null, y: EventArgument | null) => x !== null && y !== null && sameParticipant(x, y);

/** Some participant or role filler of one mention is one of the other's (its participants and role fillers, read in place). */
function shareParticipant(a: EventMention, b: EventMention): boolean {
  const matches = (x: EventArgument) => {
    for (const y of b.participants) if (sameParticipant(x, y)) return true;
    for (const r of ROLES) if (b[r] && sameParticipant(x, b[r]!)) return true;
    return false;
  };
  for (const x of a.participants) if (matches(x)) return true;
  for (const r of ROLES) if (a[r] && matches(a[r]!)) return true;
  return false;
}

/**
 * `compareEvents` written into `out` (its lists emptied first) and returned: pair scoring compares
 * every candidate pair of a story, and new lists for each were much of its garbage.
 */
export function compareEventsInto(out: EventComparison, a: EventMention, b: EventMention, config: EventCorefConfig = EVENT_COREF_CONFIG): EventComparison {
  const predicate = predicateSimilarity(a.predicate, b.predicate, config);
  const agreements = out.agreements;
  const clashes = out.clashes;
  // Emptied by popping: a few items at most, and setting the length is a slow call in V8.
  while (agreements.length > 0) agreements.pop();
  while (clashes.length > 0) clashes.pop();
  let score = predicate;
  for (const r of ROLES) {
    const x = a[r];
    const y = b[r];
    if (!x || !y) continue;
    if (sameParticipant(x, y)) {
      agreements.push(r);
      score += config.sameArgument;
    } else clashes.push(r);
  }
  // "A attacked B" against "B attacked A": the same two entities, roles exchanged.
  if ((sameArgument(a.agent, b.patient) && !sameArgument(a.agent, b.agent)) || (sameArgument(a.patient, b.agent) && !sameArgument(a.patient, b.patient))) clashes.push('role-swap');
  if (agreements.length === 0) {
    if ((a.participants.length > 0 || b.participants.length > 0) && shareParticipant(a, b)) {
      agreements.push('participant');
      score += config.sharedParticipant;
    }
  }
  if (a.times.length > 0 && b.times.length > 0) {
    if (overlaps(a.times, b.times)) {
      agreements.push('time');
      score += config.sameTime;
    } else clashes.push('time');
  }
  if (a.place && b.place) {
    if (sameParticipant(a.place, b.place)) {
      agreements.push('place');
      score += config.samePlace;
    } else score -= config.differentPlace;
  }
  if (a.predicate.general && b.predicate.general) score -= config.generalPredicate;
  score -= clashes.length * config.clashPenalty;
  out.predicate = predicate;
  out.score = predicate === 0 ? 0 : Math.max(0, Math.min(1, score));
  return out;
}

/** How likely two mentions name one event, in [0, 1]; 0 when they cannot. */
export function sameEventScore(a: EventMention, b: EventMention, config: EventCorefConfig = EVENT_COREF_CONFIG): number {
  return compareEvents(a, b, config).score;
}
