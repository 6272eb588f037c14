import { sameOnceOnlyEvent } from './nominal-events.js';
import type { ClaimView, ViewPredicate } from './claim-view.js';
import { stem } from './claim-view.js';
import { actionClass, causeAndResult, resultClass } from './actions.js';
import { eventWords, sharedDate } from './similarity.js';
import { sharesSense } from './wordnet.js';
import { ASPECTUAL_VERBS, LIGHT_VERBS, REPORTING_VERBS } from '../claims/lexicon.js';

const SPEECH = actionClass('say');
// An aspectual verb is a predicate only where it carries the event itself ("the trial will start"): claims/frames.ts.
const LIGHT = new Set([...LIGHT_VERBS, 'do', 'be', 'have'].filter((v) => !ASPECTUAL_VERBS.has(v)));
/** Verbs that deny what follows: "denied attacking the convoy" does not assert the attack. */
const DENIAL = new Set(['deny', 'reject', 'refute', 'dismiss', 'refuse', 'decline', 'fail']);
/** Denials whose "that" clause is what they deny ("denied that X happened"). */
const ASSERTION_DENIAL = new Set(['deny', 'refute']);
/** Short verbs name too many nouns ("strike", "visit", "play") to count as a nominalised action. */
const MIN_NOMINALISED_LEMMA = 7;

/** Where two claims name one event: the predicate of each side (null when a side names it as a noun). */
export interface EventPair {
  p: ViewPredicate | null;
  q: ViewPredicate | null;
}

/** A verb of saying or reporting ("said", "reported", "wrote"): who spoke is a matter of sources. */
export function isSpeech(p: ViewPredicate): boolean {
  return p.cls === SPEECH || REPORTING_VERBS.has(p.lemma.toLowerCase());
}

/**
 * The predicates of two claims that denote one kind of event: the same hand-made class or a
 * shared frequent WordNet sense, else a verb of one side named as a noun by the other ("withdrew"
 * / "the withdrawal"). Speech verbs ("said", "told") never make two claims one event: what was
 * said does, and a speech verb pair is returned only when neither side has another predicate.
 */
export function eventPair(a: ClaimView, b: ClaimView): EventPair | null {
  const wa = eventWords(a);
  const wb = eventWords(b);
  // An auxiliary or light verb standing in for a verbless sentence ("is", "does") names no event.
  const light = (p: ViewPredicate) => LIGHT.has(p.lemma.toLowerCase());
  let speechPair: EventPair | null = null;
  for (let i = 0; i < a.predicates.length; i++) {
    for (let j = 0; j < b.predicates.length; j++) {
      const p = a.predicates[i];
      const q = b.predicates[j];
      if (p.cls !== q.cls && !sharesSense(wa.predicateSenses[i], wb.predicateSenses[j]) && !causeAndResult(p.cls, q.cls)) continue;
      if (light(p) || light(q) || oppositeParticles(a, p, b, q)) continue;
      if (isSpeech(p) || isSpeech(q)) { speechPair ??= { p, q }; continue; }
      return { p, q };
    }
  }
  const state = statePair(a, b);
  if (state) return state;
  // A side names the event as a noun only when no verb of its own carries another event: "completed
  // the withdrawal" or "held talks" name it; in "Ahead of the meeting, X praised Y" the praise is
  // the event and the meeting only its time.
  const named = (v: ClaimView, lemma: string, senses: { senses: number[] }) => {
    if (!nounCarriesEvent(v)) return false;
    const w = eventWords(v);
    return (lemma.length >= MIN_NOMINALISED_LEMMA && v.stems.has(stem(lemma))) || (w.nounSenses.size > 0 && senses.senses.some((s) => w.nounSenses.has(s)));
  };
  for (let i = 0; i < a.predicates.length; i++) if (!isSpeech(a.predicates[i]) && !light(a.predicates[i]) && named(b, a.predicates[i].lemma, wa.predicateSenses[i])) return { p: a.predicates[i], q: null };
  for (let j = 0; j < b.predicates.length; j++) if (!isSpeech(b.predicates[j]) && !light(b.predicates[j]) && named(a, b.predicates[j].lemma, wb.predicateSenses[j])) return { p: null, q: b.predicates[j] };
  // A verb of one side, its class named as a noun by the other ("is holding talks" / "his visit").
  for (const p of a.predicates) if (!isSpeech(p) && !light(p) && nounCarriesEvent(b) && wb.nounClasses.has(p.cls)) return { p, q: null };
  for (const q of b.predicates) if (!isSpeech(q) && !light(q) && nounCarriesEvent(a) && wa.nounClasses.has(q.cls)) return { p: null, q };
  // One kind of event named as a noun on both sides ("the talks" / "his visit").
  if (nounCarriesEvent(a) && nounCarriesEvent(b) && wa.nounClassList.some((c) => wb.nounClasses.has(c))) return { p: null, q: null };
  const contentOf = (v: ClaimView) => v.predicates.filter((x) => !isSpeech(x)).length;
  return speechPair && contentOf(a) === 0 && contentOf(b) === 0 ? speechPair : null;
}

/** Verbs that state what someone has or is ("X has 45 percent", "the toll is 12"): no event, a state. */
const STATE_VERBS = new Set(['have', 'be']);

/** A pair joined by one verb of having or being (statePair): a state, not an event. */
export function isStatePair(pair: EventPair): boolean {
  return !!pair.p && !!pair.q && STATE_VERBS.has(pair.p.lemma.toLowerCase()) && pair.p.lemma.toLowerCase() === pair.q.lemma.toLowerCase();
}

/**
 * One state told on both sides with the same light verb and the same stated subject, each giving
 * a figure of the same kind of thing ("Quill has 45 percent" / "Quill has 47 percent"): the
 * figures can then be compared. A light verb names no event, so without such a figure on both
 * sides two of its clauses are never one fact ("Quill has 45 percent" / "Quill has two children"),
 * nor when each side names something the other does not.
 */
function statePair(a: ClaimView, b: ClaimView): EventPair | null {
  if (a.quantities.length === 0 || b.quantities.length === 0) return null;
  const sameKind = a.quantities.some((x) => b.quantities.some((y) => x.kind === y.kind && x.unit === y.unit && x.kind !== 'ordinal' && (x.counts ?? '').toLowerCase() === (y.counts ?? '').toLowerCase()));
  if (!sameKind) return null;
  // Each side naming something the other does not ("in the Herald poll" / "in the Gazette poll"):
  // the figures may belong to two different frames.
  const onlyIn = (x: ClaimView, y: ClaimView) => [...x.entities].some((e) => !y.entities.has(e));
  if (onlyIn(a, b) && onlyIn(b, a)) return null;
  for (const p of a.predicates) {
    if (!STATE_VERBS.has(p.lemma.toLowerCase()) || !p.agent || p.agentInferred) continue;
    const q = b.predicates.find((x) => x.lemma.toLowerCase() === p.lemma.toLowerCase() && x.agent === p.agent && !x.agentInferred);
    if (q) return { p, q };
  }
  return null;
}

/** A phrasal verb's direction particle, as written right after the verb ("checked into", "stepped down"). */
const PARTICLE = /^\s+(into|in|out|up|down|on|off)\b/i;
const OPPOSITE: Record<string, string> = { in: 'out', out: 'in', up: 'down', down: 'up', on: 'off', off: 'on' };

/**
 * One verb with opposite particles names opposite events: checking into a clinic and checking out
 * of it, stepping up and stepping down.
 */
export function oppositeParticles(a: ClaimView, p: ViewPredicate, b: ClaimView, q: ViewPredicate): boolean {
  const particle = (v: ClaimView, x: ViewPredicate) => PARTICLE.exec(v.doc.text.slice(x.end, x.end + 8))?.[1].toLowerCase().replace(/^into$/, 'in');
  const x = particle(a, p);
  return !!x && OPPOSITE[x] === particle(b, q);
}

/** The verb that reports the result of the other side's cause ("died" against "killed"): its subject undergoes the event. */
function isResultOf(x: ViewPredicate | null, other: ViewPredicate | null): boolean {
  return !!x && !!other && resultClass(other.cls) === x.cls;
}

/** Verbs that carry an event named by their object noun ("held talks", "completed the withdrawal", "paid a visit"). */
const SUPPORT_VERBS = new Set(['hold', 'mark', 'make', 'take', 'have', 'give', 'conduct', 'complete', 'carry', 'stage', 'launch', 'begin', 'start', 'continue', 'finish', 'undertake', 'pay', 'host', 'be', 'follow', 'come', 'go', 'see', 'hail', 'announce', 'confirm', 'report']);

/** Whether a claim's events may be named by its nouns: none of its content verbs carries an event of its own. */
function nounCarriesEvent(v: ClaimView): boolean {
  return v.predicates.every((p) => isSpeech(p) || SUPPORT_VERBS.has(p.lemma.toLowerCase()));
}

/**
 * What a predicate asserts once a denial or refusal governing it is read: "denied shooting" and
 * "refused to disclose" assert that the shooting and the disclosure did not happen. Only the
 * verb's own complement counts (the gerund or "to" + verb right after it): in "Denying he was a
 * gangster, Gigante would wander", the wandering is not denied.
 */
export function effective(v: ClaimView, p: ViewPredicate): { polarity: 'positive' | 'negative'; mood: ViewPredicate['mood'] } {
  const k = v.predicates.indexOf(p);
  const governor = k > 0 ? v.predicates[k - 1] : null;
  if (governor && DENIAL.has(governor.lemma.toLowerCase()) && governor.polarity === 'positive') {
    const gap = v.doc.text.slice(governor.end, p.start);
    // "denied that the barrier had been inspected": a denial's that-clause, its first verb.
    const thatClause = ASSERTION_DENIAL.has(governor.lemma.toLowerCase()) && /^\s+that\s[^,;:.]*$/.test(gap);
    if (thatClause || /^\s+(?:to\s+)?$/.test(gap) || (/^\s+$/.test(gap) && /ing$/.test(p.surface))) return { polarity: p.polarity === 'positive' ? 'negative' : 'positive', mood: governor.mood };
  }
  return { polarity: p.polarity, mood: p.mood };
}

const PRONOUN = /^(?:he|she|it|they|him|her|them|his|its|their|i|we|you)$/i;
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'the', 'president', 'minister', 'prime', 'sir', 'lord', 'general', 'gen', 'king', 'queen', 'pope', 'senator', 'sen', 'rep', 'governor', 'gov', 'mayor', 'judge', 'chief', 'officer']);

/** The words of a name that name the person: lower case, titles left out ("Mr", "Senator", "the"). */
export function nameWords(name: string): Set<string> {
  return new Set((name.toLowerCase().match(/\p{L}{2,}/gu) ?? []).filter((w) => !TITLE_WORDS.has(w)));
}

/**
 * Two names neither of which is the other's shorter form, neither a pronoun: "Rook" / "Brandvold",
 * and "Tomas Harlan" / "Pieter Harlan" (two brothers share a surname), but not "Gigante" / "Vincent
 * Gigante" or "J. Rook" / "Jan Rook".
 */
export function differentNames(x: string | null | undefined, y: string | null | undefined): boolean {
  if (!x || !y || PRONOUN.test(x.trim()) || PRONOUN.test(y.trim())) return false;
  const wx = nameWords(x);
  const wy = nameWords(y);
  if (wx.size === 0 || wy.size === 0) return false;
  return !wordsWithin(wx, wy) && !wordsWithin(wy, wx);
}

/** Every word of the smaller name is a word of the larger: "Harlan" of "Tomas Harlan". */
export function wordsWithin(small: Set<string>, large: Set<string>): boolean {
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

function actorName(v: ClaimView): string | null {
  const m = v.claim.actor?.mention;
  return (m !== undefined ? v.doc.layers.mentions?.[m]?.text : undefined) ?? v.claim.actor?.text ?? null;
}

/** How the two sides fill the event's roles. */
export interface RoleComparison {
  /** One entity in the same role on both sides (agent, patient), or the same plain object noun. */
  shared: boolean;
  /** "A attacked B" against "B attacked A": a different event, never one fact. */
  swapped: boolean;
  /** Two different plain objects ("shot the victims" / "shooting at the officers"): two events. */
  objectsDiffer: boolean;
  /**
   * Both verbs reach a person or body of one type through a preposition ("made an offer to
   * Teixeira" / "to Henry"), named differently: the act went to someone else, another fact.
   */
  recipientsDiffer: boolean;
  agentDiffers: boolean;
  patientDiffers: boolean;
  /** The entities compared in each role, side a then side b. */
  agents: [string | null, string | null];
  patients: [string | null, string | null];
}

export interface RoleEvidence {
  /** Named in few of the story's claims. */
  rare?: (entity: string) => boolean;
  /** Same place or one inside the other. */
  placesCompatible?: (a: string, b: string) => boolean;
}

export function compareRoles(a: ClaimView, b: ClaimView, pair: EventPair, evidence: RoleEvidence = {}): RoleComparison {
  const rare = evidence.rare ?? (() => false);
  const placesCompatible = evidence.placesCompatible ?? ((x: string, y: string) => x === y);
  const { p, q } = pair;
  // A side naming the event as a noun has no verb of its own for it: the claim's actor is its
  // agent only when that actor does something (not when they are the speaker who mentions it).
  const nounAgent = (v: ClaimView) => (v.action === SPEECH ? null : v.actor);
  // "The guard died" against "the gunman killed the guard": who died is the one killed.
  const resultA = isResultOf(p, q);
  const resultB = isResultOf(q, p);
  const agentA = resultA ? null : p?.agent ?? (p ? null : nounAgent(a));
  const agentB = resultB ? null : q?.agent ?? (q ? null : nounAgent(b));
  const patientA = resultA ? p!.agent : p?.target ?? null;
  const patientB = resultB ? q!.agent : q?.target ?? null;
  const swapped = (agentA !== null && agentA === patientB && agentA !== agentB) || (agentB !== null && agentB === patientA && agentB !== agentA);
  // An agent inferred from a pronoun may be the wrong person: it neither supports nor opposes.
  const inferredAgent = !!((!resultA && p?.agentInferred) || (!resultB && q?.agentInferred)) || (!p && a.actorInferred) || (!q && b.actorInferred);
  const sameAgent = !inferredAgent && agentA !== null && agentA === agentB;
  const patientInferred = (x: ViewPredicate | null, result: boolean) => (result ? x!.agentInferred : !!x?.targetInferred);
  const samePatient = patientA !== null && patientA === patientB && !patientInferred(p, resultA) && !patientInferred(q, resultB);
  const sameObject = !!p?.object && p.object === q?.object;
  // A name the other side also mentions somewhere is not a rival for the role: the sides may
  // simply attach it differently.
  // Two entities are rivals for a role only when the sentences name them with different names:
  // "Gigante" resolved to two entities, or "he" given to the wrong person, is the resolver's
  // doubt, not the sources' disagreement.
  const rivals = (x: string | null, y: string | null, tx: string | null | undefined, ty: string | null | undefined) =>
    x !== null && y !== null && x !== y && !a.entities.has(y) && !b.entities.has(x) && differentNames(tx, ty);
  // An event both sides name only as a noun ("the talks" / "his visit") has no verb to carry
  // roles: on a shared reference day, with a participant named on both sides, it is one event.
  // A person's death named on both sides is one event whatever the dates say: they may disagree.
  const nominal = (!p || !q) && ((sharedDate(a, b) && ([...a.entities].some((e) => b.entities.has(e)) || a.places.some((x) => b.places.some((y) => placesCompatible(x, y))))) || sameOnceOnlyEvent(a, b));
  // Where the event took place or started from, when few claims of the story name that place
  // ("withdrew from Harlow airfield" / "the withdrawal from the Harlow Airfield").
  const samePlace = a.places.some((x) => b.places.includes(x) && rare(x));
  return {
    shared: sameAgent || samePatient || sameObject || nominal || samePlace,
    swapped,
    // Without a verb on either side there are no roles to disagree on, only words in common.
    agentDiffers: (p !== null || q !== null) && !inferredAgent && rivals(agentA, agentB, p ? p.agentText : actorName(a), q ? q.agentText : actorName(b)) && a.actorType === b.actorType,
    // Only the verb's own objects can be rivals: "stretched from Little Italy" names a place it reached, not what it did.
    patientDiffers: !!p?.targetDirect && !!q?.targetDirect && !p?.targetInferred && !q?.targetInferred && rivals(patientA, patientB, p?.targetText, q?.targetText) && p?.targetType === q?.targetType,
    objectsDiffer: !!p?.object && !!q?.object && p.object !== q.object && !p.target && !q.target,
    recipientsDiffer: !!p?.target && !!q?.target && !p.targetDirect && !q.targetDirect && !p.targetInferred && !q.targetInferred
      && !resultA && !resultB && p.targetType === q.targetType && (p.targetType === 'PER' || p.targetType === 'ORG') && rivals(p.target, q.target, p.targetText, q.targetText),
    agents: [agentA, agentB],
    patients: [patientA, patientB],
  };
}
