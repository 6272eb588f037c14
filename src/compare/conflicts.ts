import type { Document } from '../model/document.js';
import { differentTallies, documentTallies, talliesIn, type Tally } from './tallies.js';
import { eventNounClass } from './actions.js';
import { sameOnceOnlyEvent } from './nominal-events.js';
import type { ConflictKind } from '../model/corpus.js';
import { quantityQuestion } from './quantity-question.js';
import type { TimeExpression } from '../model/time.js';
import type { Quantity } from '../model/quantity.js';
import type { ClaimView, ViewPredicate } from './claim-view.js';
import { compareRoles, differentNames, effective, eventPair, isSpeech, isStatePair, type EventPair } from './event-match.js';
import { COMPARE_CONFIG } from './config.js';
import { oneKindFilter, oneKindList } from './one-kind-list.js';
import { literalPattern } from '../annotate/tokens/literal-pattern.js';
import { VAGUE_AMOUNTS, wholeNumberValue } from '../annotate/quantities/number-words.js';
import { sharedDate } from './similarity.js';
import { datesScheduledEvent } from './scheduled-date.js';
import { bounded, clockReading, label, nearMidnight, onCalendar, sameDay, WEEKDAY_NAME, weekdayOf } from './calendar.js';

export interface PairConflict {
  kind: ConflictKind;
  about: string;
  values: [string, string];
}

/** What the compare stage knows about entities: names, and whether one place lies in another. */
export interface EntityFacts {
  name: (id: string) => string;
  /** Same place, one inside the other (a town and its country), neighbours, or one located and one not: never a disagreement. */
  placesCompatible: (a: string, b: string) => boolean;
  /** Named in few of the story's claims: specific enough to identify an event by. */
  rare?: (entity: string) => boolean;
  /** The other claims of a claim's document within its story. */
  siblings?: (v: ClaimView) => ClaimView[];
  /** Two person entities kept apart whose names are one another's unambiguous shorter form (named-alike.ts). */
  namedAlike?: (x: string, y: string) => boolean;
}

/** What the two sentences' words share (similarity.ts). */
export interface Wording {
  /** They share a distinctive phrase and much of their wording. */
  sameDescription: boolean;
  /** IDF-weighted overlap of their content words, 0..1. */
  words: number;
  /** The predicates the learned event model puts in one event (event-links.ts), when it does. */
  linked?: EventPair | null;
}

/**
 * The same speaker's speech act on both sides (the resolved, stated subject of a speech verb),
 * with enough of the content words in common: one statement, reported twice.
 */
function sameStatement(a: ClaimView, b: ClaimView, words: number): boolean {
  if (words < COMPARE_CONFIG.sameStatementMinWords) return false;
  const speakerOf = (v: ClaimView) => v.predicates.find((p) => isSpeech(p) && p.agent && !p.agentInferred)?.agent ?? null;
  const x = speakerOf(a);
  return x !== null && x === speakerOf(b);
}

/** Two claims read as one fact, or not. */
export interface PairVerdict {
  /** One event with its core arguments in the same roles: the pair corroborates (and may disagree on one slot). */
  aligned: boolean;
  /** The single slot they disagree on, when both state it incompatibly. */
  conflict: PairConflict | null;
  pair: EventPair | null;
  /**
   * Which rule decided the verdict (`VerdictReason`): what the perturbation harness's diagnosis
   * counts, so a missed disagreement can be traced to the rule that let it go.
   */
  reason: VerdictReason;
}

/** The rule behind a verdict, in the order comparePair applies them. */
export type VerdictReason =
  | 'no-event-pair' | 'same-statement' | 'roles-swapped' | 'objects-differ' | 'recipients-differ' | 'no-shared-participant'
  | 'speech-without-content' | 'figures-differ' | 'quoted-denial-differs' | 'mood-differs' | 'polarity-mood' | 'polarity-arguments' | 'running-count' | 'series'
  | 'two-slots-differ' | 'corroboration-identity' | 'no-stated-participant' | 'corroborated'
  | 'further-one' | 'conflict-identity' | 'standing' | 'conflict';

const notOneFact = (reason: VerdictReason): PairVerdict => ({ aligned: false, conflict: null, pair: null, reason });
const ASSERTED = { polarity: 'positive', mood: 'asserted' } as const;

/**
 * Whether two claims from different publishers state one fact, and if so whether they disagree.
 * One fact: their predicates denote one event, at least one core argument is the same entity in
 * the same role (or the two sentences share a distinctive description), and no role is swapped.
 * A conflict: exactly one slot (the actor in a role, the date or place of the event, a number of
 * the same counted thing, whether it happened) differs incompatibly, both sides stating it. Two
 * or more differing slots mean two events, not one fact reported twice.
 */
export function comparePair(a: ClaimView, b: ClaimView, facts: EntityFacts, wording: Wording): PairVerdict {
  const { sameDescription } = wording;
  // One speaker's statement reported by two outlets: the same person speaking, saying much the
  // same words ("Venn said the talks would cover the future of our harbour" / "Venn
  // stated that the harbour's future would be discussed in the talks").
  // Two sentences sharing a distinctive description state one situation whatever verb carries it.
  const pair = eventPair(a, b) ?? (sameDescription ? { p: null, q: null } : null) ?? wording.linked ?? null;
  if (!pair) return sameStatement(a, b, wording.words) ? { aligned: true, conflict: null, pair: null, reason: 'same-statement' } : notOneFact('no-event-pair');
  const roles = compareRoles(a, b, pair, facts);
  if (roles.swapped) return notOneFact('roles-swapped');
  if (roles.objectsDiffer) return notOneFact('objects-differ');
  if (roles.recipientsDiffer) return notOneFact('recipients-differ');
  // One participant named on both sides in the same role, that the resolver kept as two people
  // ("Harwick" / "Edda Harwick"): enough to compare the two as one
  // event for a disagreement on one of its attributes, or on whether it happened; never for a
  // corroboration, nor for who did it, which rest on the resolver's entities.
  const alike = (x: string | null, y: string | null) => x !== null && y !== null && (x === y || (facts.namedAlike?.(x, y) ?? false));
  const namedOnly = !roles.shared && !sameDescription && namedParticipant(pair, roles, alike);
  // Two clauses the learned event model puts in one event though the frames read no participant
  // both name ("Voters in 2009 approved a bond" / "Town voters in 2010 approved a bond"): one
  // event for a disagreement on when, where or how many, as for a participant named alike; never
  // for a corroboration, who did it or whether it happened. identityEvidence still asks for a
  // second anchor beside the link.
  const linkedOnly = !roles.shared && !sameDescription && !namedOnly && !!wording.linked;
  if (!roles.shared && !sameDescription && !namedOnly && !linkedOnly) return notOneFact('no-shared-participant');
  // Two acts of speech are one fact only through what was said: "the commission declared the
  // vote valid" and "the commission said turnout was 90%" share a speaker and a verb, nothing more.
  if (pair.p && pair.q && isSpeech(pair.p) && isSpeech(pair.q) && !sameDescription && wording.words < COMPARE_CONFIG.sameStatementMinWords) return notOneFact('speech-without-content');
  // A prediction or a plan is not the same fact as a report that it happened.
  // What each side asserts once a governing denial is read (computed once: used for mood and polarity).
  const readA = pair.p ? effective(a, pair.p) : ASSERTED;
  const readB = pair.q ? effective(b, pair.q) : ASSERTED;
  if (readA.mood !== readB.mood && !(pair.p && pair.q && (scheduledAlike(a, pair.p, b, pair.q) || scheduledAlike(b, pair.q, a, pair.p)))) return notOneFact('mood-differs');
  const speech = (pair.p && isSpeech(pair.p)) || (pair.q && isSpeech(pair.q));
  const differences: PairConflict[] = [];
  const { name } = facts;
  // The question's words only for a pair that disagrees: most pairs asked about agree or are not
  // one fact, and describing each read the text with a pattern built for its object (measured: a
  // fiftieth of a live corpus's updating worker).
  let described: string | undefined;
  const what = () => (described ??= describe(a, pair.p, name));
  // Polarity only between asserted predicates with the same arguments: "did not sign" against
  // "signed", not "will not fail" against "failed".
  if (pair.p && pair.q && readA.polarity !== readB.polarity) {
    const comparableMood = readA.mood === 'asserted' || (future(a, pair.p) && future(b, pair.q));
    if (!comparableMood) return notOneFact('polarity-mood');
    if (!samePolarityArguments(pair.p, pair.q, alike)) return notOneFact('polarity-arguments');
    // Asked in the words of the side that asserts it: "whether X resigned", not "whether X resign".
    const asserted = readA.polarity === 'positive' ? describe(a, pair.p, name) : describe(b, pair.q, name);
    differences.push({ kind: 'polarity', about: `whether ${asserted}`, values: [polar(readA.polarity, pair.p), polar(readB.polarity, pair.q)] });
  }
  if (!speech && roles.agentDiffers) {
    const [agentA, agentB] = roles.agents as [string, string];
    const verb = pair.p ?? pair.q;
    differences.push({ kind: 'actor', about: verb ? `who ${past(verb)}${objectPhrase(verb, name)}` : `who ${what()}`, values: [name(agentA), name(agentB)] });
  }
  if (!speech && roles.patientDiffers) {
    const agent = roles.agents[0];
    const [patientA, patientB] = roles.patients as [string, string];
    differences.push({ kind: 'actor', about: `whom ${agent ? `${name(agent)} ` : ''}${past(pair.p!)}`, values: [name(patientA), name(patientB)] });
  }
  const date = speech ? null : dateConflict(a, eventTimes(a, pair.p), b, eventTimes(b, pair.q), pair, facts);
  if (date) differences.push({ kind: 'date', about: `when ${what()}`, values: date });
  const place = speech ? null : placeConflict(a, pair.p, b, pair.q, facts);
  if (place) differences.push({ kind: 'place', about: `where ${what()}`, values: [name(place[0]), name(place[1])] });
  const number = numberConflict(a, b, pair);
  // Two running counts taken at unknown moments: neither the same fact nor a dispute.
  if (number?.running) return notOneFact('running-count');
  // What someone has ("12 wins", "45 percent") may move between two reports days apart.
  if (number && isStatePair(pair) && publishedApart(a, b)) return notOneFact('running-count');
  // "In the 11th round" against "in the sixth round": which one of a series names the event (a
  // first bout and a rematch, two votes of a count), so two such events are not one fact.
  if (differentInSeries(a, b)) return notOneFact('series');
  if (number) differences.push({ kind: 'number', about: number.about, values: number.values });
  const tally = speech ? null : tallyConflict(a, pair.p, b, pair.q);
  if (tally) differences.push({ kind: 'number', about: 'what the tally was', values: tally });
  const real = differences.filter((c) => c.values[0].toLowerCase() !== c.values[1].toLowerCase() && !(c.kind === 'actor' && nameContains(c.values[0], c.values[1])));
  if (real.length >= 2) return notOneFact('two-slots-differ');
  if (real.length === 0 && (namedOnly || linkedOnly)) return notOneFact('no-shared-participant');
  if (real.length === 0) {
    // One fact needs more than a verb of the same kind and one participant: "Nichols received a
    // life sentence" and "Nichols went on a rampage" share both. Two anchors (identityEvidence)
    // or one distinctive description.
    if (!sameDescription && identityEvidence(a, b, pair, roles, null, wording, facts) < COMPARE_CONFIG.corroborationMinIdentity) return notOneFact('corroboration-identity');
    // Who took part, stated on both sides: a clause that names no one ("and tied the game",
    // "opened fire") may belong to any event of the story.
    if (!sameDescription && pair.p && pair.q && !statedParticipant(pair.p, pair.q, roles)) return notOneFact('no-stated-participant');
    // Two reports that give one kind of figure two values ("fell by £40 million" / "was cut by
    // £140 million") confirm nothing, though no verb ties the figures closely enough to call it a
    // conflict: not counted as a corroboration.
    if (differingFigure(a, b)) return notOneFact('figures-differ');
    // One quotation with a denial on one side only ("Graham has done everything we asked" /
    // "Graham has not done everything we asked"): the wordings are shown side by side, and say
    // opposite things, so they confirm nothing.
    if (denialInserted(quotedWords(a), quotedWords(b))) return notOneFact('quoted-denial-differs');
    return { aligned: true, conflict: null, pair, reason: 'corroborated' };
  }
  const conflict = real[0];
  // Who did it needs a participant both sides' entities agree on: a different actor is a different event.
  if (namedOnly && conflict.kind === 'actor') return notOneFact('no-shared-participant');
  if (linkedOnly && (conflict.kind === 'actor' || conflict.kind === 'polarity')) return notOneFact('no-shared-participant');
  // "Another player was arrested", "X also made an offer": the sentence itself says its actor
  // is a further one, in a further event of the kind; a different actor there is no dispute.
  if (conflict.kind === 'actor' && (furtherOne(a, pair.p) || furtherOne(b, pair.q))) return notOneFact('further-one');
  // Disagreeing on one slot is only a conflict when the rest says clearly that both report one
  // event: two reports of different offers, games or arrests share a verb and a participant too.
  if (identityEvidence(a, b, pair, roles, conflict.kind, wording, facts, namedOnly) < COMPARE_CONFIG.conflictMinIdentity) return notOneFact('conflict-identity');
  // A conflict is between two reports of the same standing: two outlets, or one speaker as two
  // outlets quote them. A source's words against an outlet's reporting, or a hedged or pending
  // statement against an assertion, is not a contradiction.
  const comparable = (sameStanding(a, b) || reportedAgainstOutlet(a, b, conflict.kind)) && (conflict.kind !== 'polarity' || (!a.claim.hedge && !b.claim.hedge));
  // An attribute they disagree on (a date, a place, a number) leaves one event told twice; who
  // did it or whether it happened does not: a different actor is a different event.
  if (!comparable) return { aligned: conflict.kind !== 'polarity' && conflict.kind !== 'actor', conflict: null, pair, reason: 'standing' };
  return { aligned: true, conflict, pair, reason: 'conflict' };
}

/**
 * How strongly two claims are one event, apart from the slot they disagree on: the same named
 * participant in a role (stated, not inferred), the same plain object, the same reference day, a
 * shared distinctive description, the same rarely named place, most of their words.
 */
function identityEvidence(a: ClaimView, b: ClaimView, pair: EventPair, roles: ReturnType<typeof compareRoles>, kind: ConflictKind | null, wording: Wording, facts: EntityFacts, namedOnly = false): number {
  let score = 0;
  // The participant both sides name alike, though the resolver kept two entities: as a participant.
  if (namedOnly) score += 1;
  const inferred = !!(pair.p?.agentInferred || pair.q?.agentInferred);
  if (!roles.agentDiffers && !inferred && roles.agents[0] !== null && roles.agents[0] === roles.agents[1]) score += 1;
  if (!roles.patientDiffers && roles.patients[0] !== null && roles.patients[0] === roles.patients[1]) score += 1;
  if (pair.p?.object && pair.p.object === pair.q?.object) score += 0.5;
  if (kind !== 'date' && sharedDate(a, b)) score += 1;
  // Two counts taken over one stated window ("killed more than 4,200 people since October 2024" /
  // "some 6,000 people since October 2024") count the same thing from the same start.
  else if (kind === 'number' && sharedCountWindow(a, b)) score += 1;
  if (wording.sameDescription) score += 1;
  if (kind !== 'place' && a.places.some((x) => b.places.includes(x) && (facts.rare?.(x) ?? false))) score += 1;
  if (wording.words >= COMPARE_CONFIG.conflictHighWordOverlap) score += 1;
  // The learned event model links the two predicates: evidence of the event behind a
  // disagreement on one of its attributes only. A corroboration keeps the anchors the sentences
  // themselves share (a link joins different statements about one event too), and who did it
  // or whether it happened decides which event it is (a different actor under a linked verb is
  // another play, offer or nomination).
  if (wording.linked && (kind === 'date' || kind === 'place' || kind === 'number')) score += COMPARE_CONFIG.eventLinkIdentity;
  // An event a participant undergoes once ("died", "was killed") is identified by that participant.
  if (pair.p && pair.q && ONCE_ONLY.has(pair.p.lemma.toLowerCase()) && ONCE_ONLY.has(pair.q.lemma.toLowerCase()) && onceParticipantShared(pair.p, pair.q, facts)) score += 1;
  // A death named as a noun on one side or both ("the death of X" / "X was killed"): the person
  // it happened to, in that role on both sides, and an event they undergo once.
  if ((!pair.p || !pair.q) && sameOnceOnlyEvent(a, b)) score += 2;
  // A name few claims of the story mention, in both sentences whatever its role.
  if ([...a.entities].some((e) => b.entities.has(e) && (facts.rare?.(e) ?? false))) score += 0.5;
  return score;
}

/** The agents (stated, not inferred) or the patients of the two sides are named alike. */
function namedParticipant(pair: EventPair, roles: ReturnType<typeof compareRoles>, alike: (x: string | null, y: string | null) => boolean): boolean {
  const inferred = !!(pair.p?.agentInferred || pair.q?.agentInferred);
  return (!inferred && alike(roles.agents[0], roles.agents[1])) || alike(roles.patients[0], roles.patients[1]);
}

/** A participant in the same role on both sides, named or referred to by a pronoun in each clause (not carried over from an earlier one). */
function statedParticipant(p: ViewPredicate, q: ViewPredicate, roles: ReturnType<typeof compareRoles>): boolean {
  const agent = roles.agents[0] !== null && roles.agents[0] === roles.agents[1] && !p.agentUnstated && !q.agentUnstated;
  const patient = roles.patients[0] !== null && roles.patients[0] === roles.patients[1];
  return agent || patient;
}

/** Words that add one more of a kind: "another", "also", "too", "as well", "a second", "again". */
const FURTHER = /\b(?:another|also|too|as well|again|(?:a|the) (?:second|third|fourth|fifth)|one more)\b/i;

/** The clause of the event's verb marks its participant as a further one ("Another Charger ... was arrested"). */
function furtherOne(v: ClaimView, p: ViewPredicate | null): boolean {
  const { start, end } = v.claim.sentence;
  const upTo = p ? Math.min(end, p.end + 40) : end;
  return FURTHER.test(v.doc.text.slice(start, upTo));
}

/** Events a person undergoes once: the person alone identifies the event. */
const ONCE_ONLY = new Set(['die', 'kill', 'murder', 'assassinate', 'execute', 'behead', 'bury']);

/** The one who undergoes it, named and stated on both sides: the subject of "die", the patient of "kill". */
function onceParticipantShared(p: ViewPredicate, q: ViewPredicate, facts: EntityFacts): boolean {
  const undergoer = (x: ViewPredicate) => (x.lemma.toLowerCase() === 'die' ? (x.agentInferred ? null : x.agent) : x.targetInferred ? null : x.target);
  const u = undergoer(p);
  const v = undergoer(q);
  return u !== null && v !== null && (u === v || (facts.namedAlike?.(u, v) ?? false));
}

/**
 * A plain future ("will take effect on January 1") and a present tense dated after its report's
 * publication ("takes effect on March 1") both state a scheduled event as fact: one standing,
 * although one verb has a modal and the other none.
 */
function scheduledAlike(f: ClaimView, p: ViewPredicate, s: ClaimView, q: ViewPredicate): boolean {
  if (p.mood !== 'modal' || q.mood !== 'asserted' || !future(f, p)) return false;
  const surface = q.surface.toLowerCase();
  const lemma = q.lemma.toLowerCase();
  const present = surface === lemma || (surface.startsWith(lemma.replace(/e$/, '')) && /(?:s|es)$/.test(surface) && !/ed$/.test(surface));
  const published = s.doc.meta.published ? Date.parse(s.doc.meta.published) : NaN;
  if (!present || !Number.isFinite(published)) return false;
  return eventTimes(s, q).some((t) => onCalendar(t) && Date.parse(t.earliest!) > published);
}

/**
 * A statement about the future made as plainly as a report of the past ("will be held", "will
 * not miss the game"): two such statements can contradict each other; a guess ("could", "may")
 * cannot.
 */
function future(v: ClaimView, p: ViewPredicate): boolean {
  const before = v.doc.text.slice(Math.max(0, p.start - 30), p.start);
  return /\b(?:will|won't|shall)\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\s+|have\s+)?(?:been\s+)?$/i.test(before);
}

/**
 * No argument told differently on the two sides: the agent, the target and the object each the
 * same where both state it ("the storm did not flood the harbour" / "Harwick's gales flooded
 * Tarnby harbour": one side names the harbour, the other describes it, and only one names who
 * did it). "Did not sign the treaty" against "signed the accord" fills one role two ways: two
 * acts, not one denied. An agent taken from a pronoun may be the wrong one, and decides nothing.
 */
function samePolarityArguments(p: ViewPredicate, q: ViewPredicate, alike: (x: string | null, y: string | null) => boolean): boolean {
  const agree = (x: string | null, y: string | null) => !x || !y || alike(x, y);
  // What it was done to, stated on both sides or on neither: "has not won a title since 2015"
  // against "cared more about surviving than winning" names the act once with its object and
  // once without: two statements.
  const patient = (x: ViewPredicate) => !!(x.target || x.object);
  return agree(p.agent, q.agent) && agree(p.target, q.target) && agree(p.object, q.object) && patient(p) === patient(q) && !p.agentInferred && !q.agentInferred;
}

/**
 * A source's words that an outlet reports in its own sentence ("she died on Thursday, her agent
 * said"), against another outlet stating the same event's date, place or figure: both outlets put
 * the value before their readers as the fact, and the dossier shows whose words each side is. Not
 * for who did it or whether it happened (a source may deny what an outlet asserts: a dispute of
 * sources), nor for a quotation (its words are the speaker's to choose). On ECB+ the figures first
 * gave two false conflicts, from a vague plural and a coordinated count; both causes are read
 * right since (vagueAmountSpan, counted-phrase.ts), not excluded here.
 */
function reportedAgainstOutlet(a: ClaimView, b: ClaimView, kind: ConflictKind): boolean {
  if (kind !== 'date' && kind !== 'place' && kind !== 'number') return false;
  const reported = (v: ClaimView) => v.attribution.kind === 'speaker' && !v.attribution.quoted;
  return (reported(a) && b.attribution.kind === 'outlet') || (reported(b) && a.attribution.kind === 'outlet');
}

function sameStanding(a: ClaimView, b: ClaimView): boolean {
  const x = a.attribution;
  const y = b.attribution;
  if (x.kind !== y.kind) return false;
  // One speaker's own words quoted by two outlets: any difference is in the wording the outlets
  // give (a "wording" divergence), not a contradiction between sources.
  if (x.kind === 'speaker' && x.quoted && y.quoted && (!x.entity || !y.entity || x.entity === y.entity)) return false;
  return x.kind === 'outlet' || !x.entity || !y.entity || x.entity === y.entity;
}

function polar(polarity: 'positive' | 'negative', p: ViewPredicate): string {
  return polarity === 'negative' ? `not ${p.surface}` : p.surface;
}

function describe(v: ClaimView, p: ViewPredicate | null, name: (id: string) => string): string {
  const nominal = p ? nominalised(v, p) : v.predicates.length === 0 ? eventNounOf(v) : null;
  if (nominal) {
    // An event told as a noun ("the death of X", "Saturday's killing of X"): the noun names it.
    const undergoer = p ? p.target : v.target;
    const owner = p ? null : v.actor;
    return `${owner ? `${name(owner)}'s ${nominal}` : `the ${nominal}`}${undergoer ? ` of ${name(undergoer)}` : ''} took place`;
  }
  const agent = p?.agent ?? v.actor;
  // A gerund ("without signing the deal") is told as what happened: "signed".
  const verb = p ? (/ing$/i.test(p.surface) ? past(p) : withParticle(v.doc.text, p.start, p.start + p.surface.length)) : v.claim.action ? withParticle(v.doc.text, v.claim.action.start, v.claim.action.end) : 'acted';
  // The verb's own object names what was done; a name further on may only say where.
  const target = p?.target && p.targetDirect && !v.places.includes(p.target) ? ` ${name(p.target)}` : p?.object ? ` ${writtenObject(v, p, p.object)}` : '';
  // A passive without its agent is told as one: "when Vincent Gigante was indicted".
  if (!agent && p?.passive && p.target && p.targetDirect) return `${name(p.target)} was ${verb}`;
  // No named agent: the clause's own subject as written ("the roof collapsed"), when it is a plain noun phrase.
  const subject = agent ? `${name(agent)} ` : p ? subjectPhrase(v, p) : '';
  // A bare verb after "will" is told with it: "when the rule will take effect".
  const tensed = p && p.surface.toLowerCase() === p.lemma.toLowerCase() && p.mood === 'modal' && future(v, p) ? `will ${verb}` : verb;
  // A passive's subject is what was done to: "the man was detained", not "... detained the man".
  const said = p?.passive && target && subject.toLowerCase().includes(target.trim().toLowerCase()) ? '' : target;
  return `${subject}${tensed}${said}`.trim();
}

/** The verb's object as the text writes it right after the verb ("took effect", "a new plant"), else "the" and its lemma. */
function writtenObject(v: ClaimView, p: ViewPredicate, object: string): string {
  const after = v.doc.text.slice(p.end, Math.min(v.claim.sentence.end, p.end + 48));
  const m = cachedPattern(objectWordPatterns, object, (written) => `^\\s+((?:[\\p{L}'-]+\\s+){0,2}?${written.replace(/(?:e|y)$/, '')}\\p{L}*)(?![\\p{L}])`).exec(after);
  return m ? m[1] : `the ${object}`;
}

/** A clause's subject written just before its verb, a determiner and up to three words ("The roof of the warehouse collapsed" → "the roof "). */
function subjectPhrase(v: ClaimView, p: ViewPredicate): string {
  const written = v.doc.text.slice(v.claim.sentence.start, p.start);
  // A relative clause between the subject and its verb is stepped over: "Parliamentary elections,
  // which are planned for October, will be held" asks "when parliamentary elections will be held".
  const relative = RELATIVE_BEFORE_VERB.exec(written);
  const before = relative ? `${relative[1]} ${relative[2]}` : written;
  const m = SUBJECT_BEFORE_VERB.exec(before);
  if (!m) return '';
  // A passive keeps its auxiliaries ("parliamentary elections will be held"); a negation is the polarity's to say.
  const auxiliaries = p.passive ? m[2].replace(/\bnot\s+/u, '') : '';
  // A determiner opening the sentence is lowercased inside the question; a name keeps its capital.
  return `${m[1].replace(/^(?:The|A|An|Its|Their|His|Her)\b/, (d) => d.toLowerCase())} ${auxiliaries}`;
}

/** The auxiliaries between a subject and its verb, at the end of the text before the verb ("will be ", "has not "). */
const AUXILIARIES_AT_END = String.raw`((?:(?:has|have|had|was|were|is|are|will|would|did|does|do)\s+)?(?:(?:been|be|not)\s+)?)$`;
/** A subject, a relative clause on it ("that are scheduled for May", ", which …,"), and the verb's auxiliaries after it. */
const RELATIVE_BEFORE_VERB = new RegExp(String.raw`^(.*?)(?:,\s*|\s+)(?:that|which|who)\s[^;]*?,?\s+` + AUXILIARIES_AT_END, 'u');
/** A subject phrase (a determiner and up to three words, a run of capitalised words, or a capitalised plural) with a prepositional tail, then the auxiliaries. */
const SUBJECT_BEFORE_VERB = new RegExp(String.raw`(?:^|[,;]\s+)((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}|\p{Lu}[\p{Ll}-]+\s+[\p{Ll}-]+s)(?:\s+(?:at|in|of|on|for|from|near|with)\s+[^,;]*?)?\s+` + AUXILIARIES_AT_END, 'u');

/** The "-ing" word of a predicate the tagger took for a verb after a possessive or determiner ("Saturday's killing"). */
function nominalised(v: ClaimView, p: ViewPredicate): string | null {
  return /ing$/i.test(p.surface) && /(?:['’]s|\b(?:the|a|an|this|that))\s+$/i.test(v.doc.text.slice(Math.max(0, p.start - 6), p.start)) ? p.surface.toLowerCase() : null;
}

/** The event noun of a verbless event phrase: its first noun that names an event. */
function eventNounOf(v: ClaimView): string | null {
  return v.lemmas.find((l) => l.pos === 'NOUN' && eventNounClass(l.lemma) !== null)?.lemma ?? null;
}

function objectPhrase(p: ViewPredicate, name: (id: string) => string): string {
  return p.target ? ` ${name(p.target)}` : p.object ? ` the ${p.object}` : '';
}

function nameContains(a: string, b: string): boolean {
  const ta = a.toLowerCase().split(/\s+/);
  const tb = b.toLowerCase().split(/\s+/);
  const [small, large] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return small.every((t) => large.includes(t));
}

/**
 * A phrasal verb's particle belongs to the verb: "gave way", "pulled out", "stepped down". A
 * particle that is a preposition before a noun phrase keeps it: "resigned over the decree", not
 * "resigned over".
 */
function withParticle(text: string, start: number, end: number): string {
  const after = text.slice(end, end + 64);
  const next = /^\s+(up|out|off|down|away|back|over|way)\b/.exec(after);
  if (!next) return text.slice(start, end);
  const object = /^\s+(?:the|a|an|his|her|its|their|this|that)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?=\s*(?:[,.;:]|$|\s(?:on|in|at|after|before|because|since|when|while|and|but|,)\b))/iu.exec(after.slice(next[0].length));
  return `${text.slice(start, end)} ${next[1]}${object ? object[0] : ''}`;
}

/** A preposition that may open a gerund after a figure ("for taking bribes"). */
const PREPOSITION_END = /\s(?:for|after|before|by|while|without|despite)\s+$/i;

/** The predicate nearest a position, speech verbs left out: when someone spoke says nothing about the event. */
function nearestPredicate(v: ClaimView, at: number): ViewPredicate | null {
  let best: ViewPredicate | null = null;
  for (const p of v.predicates) {
    if (isSpeech(p)) continue;
    // A subordinate clause starting between them separates a time from a verb: in "charged
    // Saturday after opening fire", Saturday dates the charge, not the shooting.
    const between = p.start > at ? v.doc.text.slice(at, p.start) : v.doc.text.slice(p.end, at);
    if (CLAUSE_BARRIER.test(between)) continue;
    // A verb opening a participle clause after the time ("jolted the island on Sunday, followed
    // by aftershocks") starts something new: the time ends the clause before it.
    if (p.start > at && /,\s*$/.test(between) && v.predicates.some((x) => x !== p && !isSpeech(x) && x.end <= at && !CLAUSE_BARRIER.test(v.doc.text.slice(x.end, at)))) continue;
    // A gerund a preposition opens after the figure ("to six years in prison for taking bribes")
    // tells why or how; the figure is the verb's before it.
    if (p.start > at && PREPOSITION_END.test(between) && /ing$/i.test(p.surface) && v.predicates.some((x) => x !== p && !isSpeech(x) && x.end <= at)) continue;
    if (!best || Math.abs(p.start - at) < Math.abs(best.start - at)) best = p;
  }
  return best;
}

/**
 * The speech verb a time directly follows ("announced on Tuesday", "told reporters Tuesday"): it
 * dates the speaking, not the event spoken of, unless that verb is the event compared.
 */
function datedSpeech(v: ClaimView, t: TimeExpression, event: ViewPredicate | null): ViewPredicate | null {
  for (const q of v.predicates) {
    if (q === event || !isSpeech(q) || q.end > t.start) continue;
    if (SPEECH_TIME_GAP.test(v.doc.text.slice(q.end, t.start))) return q;
  }
  return null;
}

/** What may stand between a speech verb and the time of speaking: "on", or one listener ("told reporters on"). */
const SPEECH_TIME_GAP = /^(?:\s+(?:reporters|journalists|supporters|lawmakers|staff|him|her|them|us|me))?\s+(?:on\s+|late\s+|early\s+)?$/;

const CLAUSE_BARRIER = /\b(?:after|before|when|while|since|until|because|following|as|who|which|whose)\b|[;:]/i;

/** Words that open a clause or a phrase of its own: after a time, they show the time is no noun's modifier. */
const NOT_A_MODIFIED_NOUN = /^\s+(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|his|her|its|their|and|or|but|to|in|on|at|of|for|by|with|from|when|as|after|before|while|since|until|is|are|was|were|has|have|had|will|would)\b/i;

/**
 * A time inside a noun phrase ("stars of the 1940s", "the June 20 shooting", "the 1940s
 * Hollywood actress") dates that noun, not a verb. A determiner before the time and a word after
 * it that opens no phrase of its own put the time before the noun it modifies.
 */
function modifiesNoun(v: ClaimView, t: TimeExpression): boolean {
  const before = v.doc.text.slice(Math.max(0, t.start - 30), t.start);
  const after = v.doc.text.slice(t.end, t.end + 24);
  if (/\bof\s+(?:the\s+)?(?:\S+\s+(?:and|or)\s+)?$/i.test(before) || /^(?:'s)?\s+(?:[a-z]+\s+)?(?:shooting|attack|killing|crash|fire|election|game|meeting|vote|raid|arrest|incident|earthquake|storm|death|visit|talks|protest)\b/i.test(after)) return true;
  const determined = /^(?:the|a|an)\s/i.test(t.text) || /\b(?:the|a|an)\s+$/i.test(before);
  return determined && /^\s+\p{L}/u.test(after) && !NOT_A_MODIFIED_NOUN.test(after);
}

/**
 * The times that date the event itself: those whose nearest predicate is the event's verb. When
 * a side names the event as a noun, its times count only if no other verb of the clause is
 * nearer to them than to the noun's sentence as a whole (one content verb at most). The date a
 * passive "scheduled for" gives the event's subject dates the event too (scheduled-date.ts).
 */
function eventTimes(v: ClaimView, p: ViewPredicate | null): TimeExpression[] {
  let byPredicate = eventTimesOf.get(v);
  if (!byPredicate) eventTimesOf.set(v, (byPredicate = new Map()));
  let times = byPredicate.get(p);
  if (!times) byPredicate.set(p, (times = readEventTimes(v, p)));
  return times;
}

/**
 * Each view's event times per predicate, read once: a view is compared with many others through
 * the same predicate, and each reading ran the noun-modifier and speech patterns over its times again.
 */
const eventTimesOf = new WeakMap<ClaimView, Map<ViewPredicate | null, TimeExpression[]>>();

function readEventTimes(v: ClaimView, p: ViewPredicate | null): TimeExpression[] {
  // A verbless event phrase ("Saturday's killing of X") holds the time that dates its noun only.
  if (!p && v.predicates.length === 0) return v.times;
  // "Saturday's killing": the date owns the event word itself when the tagger read it as the verb.
  const owns = (t: TimeExpression) => !!p && t.end <= p.start && /^['’]s\s+(?:\p{L}+\s+)?$/u.test(v.doc.text.slice(t.end, p.start));
  const own = oneKindFilter(v.times, (t) => (!modifiesNoun(v, t) || owns(t)) && datedSpeech(v, t, p) === null);
  if (p) return oneKindFilter(own, (t) => { const nearest = nearestPredicate(v, t.start); return owns(t) || nearest === p || datesScheduledEvent(v, nearest, p, t); });
  // None: an empty list made where the others are, so it shares their hidden class (one-kind-list.ts).
  return v.predicates.filter((x) => !isSpeech(x)).length <= 1 ? own : oneKindFilter(own, () => false);
}

/**
 * Dated events: every stated date of one side lies outside every stated date of the other. Only
 * dates that are sure of their calendar place count: stated in full, or resolved against a known
 * publication date; and not bounds ("by 1958", "before May"), which agree with earlier dates.
 */
function dateConflict(a: ClaimView, ta: TimeExpression[], b: ClaimView, tb: TimeExpression[], pair: EventPair, facts: EntityFacts): [string, string] | null {
  const da = ta.filter((t) => onCalendar(t) && anchored(a, t) && !bounded(a.doc.text, t));
  const db = tb.filter((t) => onCalendar(t) && anchored(b, t) && !bounded(b.doc.text, t));
  if (da.length && db.length) {
    for (const x of da) for (const y of db) if (sameDay(x, y)) return clockConflict(a, ta, b, tb);
    if (da.some((x) => datesVerbElsewhere(b, pair.q, x, facts)) || db.some((y) => datesVerbElsewhere(a, pair.p, y, facts))) return null;
    return [da.map(label).join(', '), db.map(label).join(', ')];
  }
  return weekdayConflict(a, ta, b, tb) ?? clockConflict(a, ta, b, tb);
}

/**
 * One event at two clock times of one day ("happened at 9:30 a.m." / "at 11:15 a.m."): every
 * stated clock time of one side at least the minimum gap from every one of the other, read on the
 * same calendar day and in the same zone (or neither naming one).
 */
function clockConflict(a: ClaimView, ta: TimeExpression[], b: ClaimView, tb: TimeExpression[]): [string, string] | null {
  const read = (v: ClaimView, ts: TimeExpression[]) => oneKindFilter(oneKindList(ts, (t) => ({ t, clock: clockReading(v.doc.text, t) })), (x) => x.clock !== null);
  const ca = read(a, ta);
  const cb = read(b, tb);
  if (!ca.length || !cb.length) return null;
  for (const x of ca) {
    for (const y of cb) {
      if (x.clock!.date !== y.clock!.date || x.clock!.zone !== y.clock!.zone) return null;
      if (Math.abs(x.clock!.minutes - y.clock!.minutes) < COMPARE_CONFIG.clockMinGapMinutes) return null;
    }
  }
  return [ca.map((x) => label(x.t)).join(', '), cb.map((x) => label(x.t)).join(', ')];
}

/**
 * One event happens on one day of the week, whatever week the reader takes the text to mean:
 * "died on Monday" against "died in prison Friday" disagree even when neither article says
 * when it was published. Only days each side names by their weekday (or a full date, whose
 * weekday is known) count; a night or an early morning may be told as either of two adjacent days.
 */
function weekdayConflict(a: ClaimView, ta: TimeExpression[], b: ClaimView, tb: TimeExpression[]): [string, string] | null {
  const days = (v: ClaimView, ts: TimeExpression[]) => oneKindFilter(oneKindList(oneKindFilter(ts, (t) => !bounded(v.doc.text, t)), (t) => ({ t, day: weekdayOf(t) })), (x): x is { t: TimeExpression; day: number } => x.day !== null);
  const wa = days(a, ta);
  const wb = days(b, tb);
  if (!wa.length || !wb.length || !(wa.some((x) => WEEKDAY_NAME.test(x.t.text)) || wb.some((x) => WEEKDAY_NAME.test(x.t.text)))) return null;
  for (const x of wa) {
    for (const y of wb) {
      if (x.day === y.day) return null;
      const adjacent = (x.day - y.day + 7) % 7 === 1 || (y.day - x.day + 7) % 7 === 1;
      if (adjacent && (nearMidnight(a.doc.text, x.t) || nearMidnight(b.doc.text, y.t))) return null;
    }
  }
  return [wa.map((x) => label(x.t)).join(', '), wb.map((x) => label(x.t)).join(', ')];
}

/**
 * A report that, in another sentence, gives the other side's date to the same verb, as precisely
 * or more ("In 2008, Klitschko stopped Thompson" beside "stopped Thompson Saturday night"), tells
 * two events itself (a first fight and a rematch), not one event on a disputed date. A wider span
 * that merely contains the date ("from 1969 to 1995") says nothing of it, and neither does the
 * date given to something else in the story: its main actors are named beside many dates.
 */
function datesVerbElsewhere(v: ClaimView, p: ViewPredicate | null, t: TimeExpression, facts: EntityFacts): boolean {
  if (!p) return false;
  const lemma = p.lemma.toLowerCase();
  return (facts.siblings?.(v) ?? []).some((w) => w.claim.sentence.start !== v.claim.sentence.start
    && w.predicates.some((x) => x.lemma.toLowerCase() === lemma)
    && w.times.some((u) => onCalendar(u) && anchored(w, u) && u.earliest! >= t.earliest! && u.latest! <= t.latest!));
}

function anchored(v: ClaimView, t: TimeExpression): boolean {
  return t.anchor === 'absolute' || !!v.doc.meta.published;
}


/**
 * A number of the same counted thing (the counted phrases share their head noun, or neither has
 * one and the unit is the same), for the same event (the verb nearest each number is the event's
 * verb), about the same owner (no two different names right before the numbers: two candidates'
 * poll figures are two things), values apart beyond what their wording allows.
 */
function numberConflict(a: ClaimView, b: ClaimView, pair: EventPair): { about: string; values: [string, string]; running?: boolean } | null {
  for (const x of a.quantities) {
    for (const yStated of b.quantities) {
      // "78 months" and "six and a half years" are one length of time: compared in one unit.
      const y = inUnitOf(x, yStated);
      if (!twoValuesOfOneThing(a, x, b, y)) continue;
      // The figure is the aligned verb's, or each side's figure belongs to the same verb ("a review
      // published in March found that 1,140 incidents had been reported late" / "... found that
      // 1,410 incidents ..."): aligned on "published", the two still count one thing.
      if (!(attachedTo(a, pair.p, x.start, x.end) && attachedTo(b, pair.q, y.start, y.end)) && !sameOwnVerb(a, x, b, y)) continue;
      // A count over a window ("three times since October") and one over another, or over all
      // time ("four times in all"), count different things.
      if (countWindow(a, x) !== countWindow(b, y)) continue;
      // Time spent in a role ("four seasons as director of personnel") and time spent in all, or
      // in another role ("19 seasons with the 76ers"), are two lengths.
      if (roleOfSpan(a, x) !== roleOfSpan(b, y)) continue;
      const ownerA = ownerOf(a, x.start);
      const ownerB = ownerOf(b, y.start);
      if (ownerA && ownerB && ownerA !== ownerB) continue;
      // A sentence that shares one measure out among several holders ("Marrow at 44 percent and
      // Dalworth at 41 percent, with 15 percent undecided") gives a figure without a named holder
      // to someone else than the one the other side names: it is compared only holder to holder.
      if ((ownerA === null) !== (ownerB === null) && (ownerA === null ? sharedOut(a, x) : sharedOut(b, y))) continue;
      if (otherValueStated(a, x, b, y)) continue;
      // How long something has lasted ("four days of riots", "eight days of riots") is a running
      // count: without both reports' publication times there is no telling an update from a
      // dispute, nor the two reports' moments apart.
      const running = x.kind === 'duration' && (!a.doc.meta.published || !b.doc.meta.published);
      return { about: quantityQuestion(x), values: [x.text, y.text], ...(running ? { running } : {}) };
    }
  }
  return null;
}

/**
 * A figure of one side and one of the other measuring the same kind of thing in the same unit
 * (money, a count of one noun, a percentage), with different values, and neither side stating the
 * other's value anywhere: the two give that figure differently, whatever it belongs to.
 */
function differingFigure(a: ClaimView, b: ClaimView): boolean {
  for (const x of a.quantities) {
    if (x.kind === 'duration') continue;
    for (const yStated of b.quantities) {
      const y = inUnitOf(x, yStated);
      if (twoValuesOfOneThing(a, x, b, y) && !otherValueStated(a, x, b, y)) return true;
    }
  }
  return false;
}

/**
 * Two figures of one kind, unit and counted thing (or none on both sides), read whole, whose
 * values are incompatible and neither of which the other claim also gives ("demanded 11 percent
 * and offered 6 percent" / "offered 6 percent" agree on the 6).
 */
function twoValuesOfOneThing(a: ClaimView, x: Quantity, b: ClaimView, y: Quantity): boolean {
  if (x.kind !== y.kind || x.unit !== y.unit || x.kind === 'ordinal' || writtenUnit(x) !== writtenUnit(y)) return false;
  if (brokenDecimal(a, x) || brokenDecimal(b, y) || notStated(a, x) || notStated(b, y)) return false;
  const sameThing = x.counts && y.counts ? sameHead(x.counts, y.counts) : !x.counts && !y.counts && x.unit !== null;
  if (!sameThing || compatible(x, y)) return false;
  return !(a.quantities.some((z) => z !== x && z.unit === y.unit && compatible(z, y)) || b.quantities.some((z) => z !== y && z.unit === x.unit && compatible(z, x)));
}

/**
 * Either report gives the other's figure somewhere in its text (a player's 6 blocks and the 2 of
 * one run, the rival offer beside the new one: two things counted, not one thing twice), or as the
 * part of a whole ("three of the highlands' five districts" against "the three districts").
 */
function otherValueStated(a: ClaimView, x: Quantity, b: ClaimView, y: Quantity): boolean {
  return statesNumber(b, x) || statesNumber(a, y) || partOf(a, x) === y.value || partOf(b, y) === x.value;
}

/** A word that denies: "not", "never", "no", a contracted "n't". */
const DENIAL = /^(?:not|never|no|nothing|nobody|none|neither|nor|\w+n['’]t)$/i;

/** The words of the direct quotations inside the claim's sentence, lower case, in order; null when it quotes no one directly. */
function quotedWords(v: ClaimView): string[] | null {
  const { start, end } = v.claim.sentence;
  let words: string[] | null = null;
  for (const q of v.doc.layers.quotes ?? []) {
    if (q.kind !== 'direct' || q.content.end <= start || q.content.start >= end) continue;
    words = [...(words ?? []), ...(v.doc.text.slice(Math.max(start, q.content.start), Math.min(end, q.content.end)).toLowerCase().match(/[\p{L}'’]+/gu) ?? [])];
  }
  return words;
}

/**
 * Whether one quotation holds a denial the other lacks, inside the words both share: "Graham has
 * not done everything" against "Graham has done everything" (the words on either side of "not"
 * are common). A denial in words only one report quotes, before or after what both quote ("...,
 * and we should improve it, not weaken it"), denies something the other never quoted.
 */
function denialInserted(x: string[] | null, y: string[] | null): boolean {
  if (!x || !y || x.length === 0 || y.length === 0) return false;
  // Longest common subsequence of the two word lists, marking the words of each it keeps.
  const n = x.length;
  const m = y.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i][j] = x[i] === y[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const keptX = new Uint8Array(n);
  const keptY = new Uint8Array(m);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (x[i] === y[j]) { keptX[i++] = 1; keptY[j++] = 1; } else if (table[i + 1][j] >= table[i][j + 1]) i++; else j++;
  }
  const inserted = (words: string[], kept: Uint8Array) => {
    const first = kept.indexOf(1);
    const last = kept.lastIndexOf(1);
    return words.some((w, k) => !kept[k] && k > first && k < last && DENIAL.test(w));
  };
  return inserted(x, keptX) || inserted(y, keptY);
}

/** Days in each unit of time, for comparing durations stated in different units. */
const DAYS_IN: Readonly<Record<string, number>> = { day: 1, week: 7, month: 365.25 / 12, year: 365.25, decade: 3652.5, century: 36525 };

/** A duration restated in the unit of another ("78 months" in years: 6.5); any other quantity as it is. */
function inUnitOf(x: Quantity, y: Quantity): Quantity {
  if (x.kind !== 'duration' || y.kind !== 'duration' || x.unit === y.unit || !x.unit || !y.unit) return y;
  const from = DAYS_IN[y.unit];
  const to = DAYS_IN[x.unit];
  if (!from || !to) return y;
  const f = from / to;
  return { ...y, unit: x.unit, value: y.value * f, ...(y.valueMax !== undefined ? { valueMax: y.valueMax * f } : {}) };
}

/** Each claim's tallies, read once: a story's verdicts ask about each claim many times. */
const talliesOf = new WeakMap<ClaimView, Tally[]>();
function claimTallies(v: ClaimView): Tally[] {
  let out = talliesOf.get(v);
  if (!out) talliesOf.set(v, (out = talliesIn(v.doc.text, v.claim.sentence.start, v.claim.sentence.end)));
  return out;
}


/**
 * The tally of the event (a vote, a score) given differently: each side's tallies in its clause,
 * none of one side's equal to one of the other's, and neither report giving the other's tally
 * anywhere in its text (a report of two games or two votes states both).
 */
function tallyConflict(a: ClaimView, p: ViewPredicate | null, b: ClaimView, q: ViewPredicate | null): [string, string] | null {
  const own = (v: ClaimView, x: ViewPredicate | null) => claimTallies(v).filter((t) => attachedTo(v, x, t.start));
  if (!claimTallies(a).length || !claimTallies(b).length) return null;
  const ta = own(a, p);
  const tb = own(b, q);
  if (!ta.length || !tb.length) return null;
  if (ta.some((x) => tb.some((y) => !differentTallies(x, y)))) return null;
  const states = (v: ClaimView, t: Tally) => documentTallies(v.doc).some((z) => !differentTallies(z, t));
  if (ta.some((x) => states(b, x)) || tb.some((y) => states(a, y))) return null;
  return [ta.map((t) => t.text).join(', '), tb.map((t) => t.text).join(', ')];
}

/** The two reports were published far enough apart for a figure to have moved, or either date is unknown. */
function publishedApart(a: ClaimView, b: ClaimView): boolean {
  const ta = Date.parse(a.doc.meta.published ?? '');
  const tb = Date.parse(b.doc.meta.published ?? '');
  return !Number.isFinite(ta) || !Number.isFinite(tb) || Math.abs(ta - tb) >= COMPARE_CONFIG.updateMinGapMs;
}

/** Both sentences name a place in one series ("11th round", "sixth round") with different ranks. */
function differentInSeries(a: ClaimView, b: ClaimView): boolean {
  return a.quantities.some((x) => x.kind === 'ordinal' && !!x.counts
    && b.quantities.some((y) => y.kind === 'ordinal' && !!y.counts && sameHead(x.counts!, y.counts!) && x.value !== y.value));
}

/** The report states this figure of the same thing (kind, unit, counted noun, compatible value) somewhere in its text. */
function statesNumber(v: ClaimView, q: Quantity): boolean {
  return (v.doc.layers.quantities ?? []).some((z) => z.kind === q.kind && z.unit === q.unit && (!z.counts || !q.counts || sameHead(z.counts, q.counts)) && compatible(z, q));
}

/** "three of the" (at most two more words, "the highlands'") right before a whole: the part's value. */
const PART_BEFORE = /(?<![\p{L}\d])(\d+|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’]+\s+){0,2}$/iu;

/** The part a sentence states of a counted whole ("three of the five districts": 3), or null. */
function partOf(v: ClaimView, q: Quantity): number | null {
  const m = PART_BEFORE.exec(v.doc.text.slice(Math.max(0, q.start - 40), q.start));
  return m ? wholeNumberValue(m[1]) : null;
}

/** Both claims take a count over the same stated window ("since October"). */
function sharedCountWindow(a: ClaimView, b: ClaimView): boolean {
  for (const x of a.quantities) {
    const w = countWindow(a, x);
    if (w.startsWith('since') && b.quantities.some((y) => countWindow(b, y) === w)) return true;
  }
  return false;
}

/** The role a length of time was spent in, as written after it ("four seasons as the team's director"), lower case, or "". */
function roleOfSpan(v: ClaimView, q: Quantity): string {
  if (q.kind !== 'duration' && !/^(?:seasons?|terms?|years?|months?)$/i.test(q.counts ?? '')) return '';
  const m = /^\s+as\s+(?:(?:the|a|an|its|their|his|her)\s+|[\p{L}]+['’]s\s+)?([\p{L}][\p{L}\s'’-]{0,40}?)(?=\s*[,.;:(]|\s+(?:before|after|until|and|from|in|for|with|under|at)\b|$)/u.exec(v.doc.text.slice(q.end, q.end + 60));
  return m ? m[1].toLowerCase() : '';
}

/** The window a count is taken over, as written right after it ("since October", "this year", "in all"), or "" for none. */
function countWindow(v: ClaimView, q: Quantity): string {
  const after = v.doc.text.slice(q.end, q.end + 40);
  const m = /^[^,;.]*?\b(since\s+\S+|(?:this|last|so far this)\s+(?:year|season|month|week)|so far|in all|in total|all told|overall|in the (?:past|last)\s+\S+(?:\s+\S+)?|over the (?:past|last)\s+\S+(?:\s+\S+)?)/i.exec(after);
  return m ? m[1].toLowerCase() : '';
}

/**
 * A figure the sentence does not give as its own value: another's figure it is measured against
 * ("less than the $184 million reported by ...", "more than the 3,000 of last year"), or the
 * denominator of a fraction ("4 1/2 months" as the corpus wrote it, "41 / 2 months").
 */
function notStated(v: ClaimView, q: Quantity): boolean {
  return /\b(?:than|as)\s+(?:the|a|an)\s+$|\d\s*\/\s*$/i.test(v.doc.text.slice(Math.max(0, q.start - 12), q.start));
}

/** A figure cut from its decimal point by sentence splitting ("magnitude 6." + "0 quake"): not a value. */
function brokenDecimal(v: ClaimView, q: Quantity): boolean {
  const text = v.doc.text;
  // Only digits continue a decimal, and never across a line: "injuring 31.\n\nThree of the six
  // carriages" is two sentences.
  return (/^\d/.test(q.text) && /\d\.[ \t]?$/.test(text.slice(Math.max(0, q.start - 4), q.start))) || /^\.[ \t]?\d/.test(text.slice(q.end, q.end + 3));
}

/** The unit letters as written after the digits ("200ft", "60m"): two figures in different written units are not compared. */
export function writtenUnit(q: Quantity): string {
  // Letters joined to the digits only: after a space they are the counted noun ("12 people"),
  // which a word number ("nine people") has too, and which the counted thing already compares.
  return /\d([a-z]+)\b/i.exec(q.text)?.[1]?.toLowerCase() ?? '';
}

function attachedTo(v: ClaimView, p: ViewPredicate | null, at: number, end = at): boolean {
  if (!p) return v.predicates.filter((x) => !isSpeech(x)).length <= 1;
  return (subjectFigureVerb(v, end) ?? nearestPredicate(v, at)) === p;
}

/** Both figures belong to a verb of one lemma, asserted alike, on their own sides. */
function sameOwnVerb(a: ClaimView, x: Quantity, b: ClaimView, y: Quantity): boolean {
  const p = subjectFigureVerb(a, x.end) ?? nearestPredicate(a, x.start);
  const q = subjectFigureVerb(b, y.end) ?? nearestPredicate(b, y.start);
  return !!p && !!q && p.lemma === q.lemma && p.polarity === q.polarity && p.mood === q.mood;
}

/**
 * From a figure to the verb it is the subject of: its counted phrase ("of voters"), then a
 * reported-speech frame or an auxiliary at most ("said they", "were").
 */
const FIGURE_TO_VERB = /^(?:\s+of\s+(?:(?:the|those|all|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?\s+(?:(?:said|say|says)\s+(?:they|that)\s+|(?:were|was|are|is|have|has|had)(?:\s+been)?\s+)?$/u;

/**
 * The verb a figure is the subject of ("58 percent of voters backed the repairs", "61 percent of
 * voters said they supported", "300 protesters were arrested"), or null. The figure counts who
 * did that, whatever verb comes nearer before it ("a poll showed 58 percent of voters backed").
 */
function subjectFigureVerb(v: ClaimView, end: number): ViewPredicate | null {
  let best: ViewPredicate | null = null;
  for (const p of v.predicates) {
    if (p.start < end || isSpeech(p) || (best && best.start < p.start)) continue;
    if (FIGURE_TO_VERB.test(v.doc.text.slice(end, p.start))) best = p;
  }
  return best;
}

/** The resolved entity named right before a number in its clause ("Smith polled 45%"). */
function ownerOf(v: ClaimView, at: number): string | null {
  const mentions = v.doc.layers.mentions ?? [];
  let best: string | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start < v.claim.sentence.start || m.end > at) continue;
    if (at - m.end > COMPARE_CONFIG.numberOwnerWindow) continue;
    const gap = v.doc.text.slice(m.end, at);
    if (/[,;:]/.test(gap)) continue;
    best = v.entityOfMention(i) ?? `${m.type}:${m.text.toLowerCase()}`;
  }
  return best;
}

/** The claim states another figure of the same kind and unit beside this one, owned by a name: one measure shared out among holders. */
function sharedOut(v: ClaimView, q: Quantity): boolean {
  return v.quantities.some((z) => z !== q && z.kind === q.kind && z.unit === q.unit && ownerOf(v, z.start) !== null);
}

/** The last word of two counted phrases, singular: "people" = "people", "combat sorties" = "sorties". */
function sameHead(a: string, b: string): boolean {
  const head = (s: string) => (s.toLowerCase().match(/[a-z]+/g) ?? []).pop()?.replace(/(?<=[^s])s$/, '') ?? '';
  if (head(a) !== '' && head(a) === head(b)) return true;
  // One model named on both sides counts one thing, whatever noun follows it ("AK-47 assault rifles" / "AK 47 guns").
  const model = designation(a);
  return model !== null && model === designation(b);
}

/** A model's designation in a counted phrase ("AK-47", "F-16s", "Boeing 737"), written without its spaces and hyphen. */
function designation(phrase: string): string | null {
  const m = /(?<![\p{L}])(\p{Lu}[\p{L}]{0,3}|\p{Lu}\p{Ll}{3,}(?= \d{3}(?![\p{N}])))(?: ?- ?| )(\d{1,3})(?![\p{N}])/u.exec(phrase);
  return m ? `${m[1]}${m[2]}`.toLowerCase() : null;
}

/** "over 400" and "450" agree; "at least 10" and "8" do not; exact values agree within 2%. */
export function compatible(x: Quantity, y: Quantity): boolean {
  const [xl, xh] = bounds(x);
  const [yl, yh] = bounds(y);
  return xl <= yh && yl <= xh;
}

/**
 * A count written rounded to the hundreds or more ("more than 4,200 people", "over 26,000"): a
 * tally just past that figure. A small count ("at least two people") is a floor of what is known,
 * and money ("in excess of $160 million") a floor of an offer or a price: any amount above.
 */
function roundedTally(q: Quantity): boolean {
  const v = q.valueMax ?? q.value;
  return q.kind === 'count' && v >= 100 && v % 100 === 0;
}

/** The place of a figure's last nonzero digit: 100 of 4,200, 1,000 of 4,000, 1 of 73 (0.1 of 2.5). */
function roundingUnit(v: number): number {
  if (!Number.isFinite(v) || v <= 0) return Infinity;
  let unit = 10 ** Math.floor(Math.log10(v));
  while (unit > 1e-6 && Math.abs(v / unit - Math.round(v / unit)) > 1e-9) unit /= 10;
  return unit;
}

function bounds(q: Quantity): [number, number] {
  const v = q.value;
  const hi = q.valueMax ?? v;
  const approx = (q.approximation ?? '').toLowerCase();
  // "Dozens", "scores", "hundreds": the least the word can mean, and many times more.
  if (Object.hasOwn(VAGUE_AMOUNTS, approx)) return [v, v * COMPARE_CONFIG.vagueAmountSpan];
  if (/over|more than|at least|above|exceed|in excess of|upwards of/.test(approx)) return [v, roundedTally(q) ? hi + COMPARE_CONFIG.atLeastRoundingUnits * roundingUnit(hi) : Infinity];
  if (/under|less than|at most|up to|below|fewer than/.test(approx)) return [0, hi];
  if (/about|around|nearly|almost|some|roughly|approximately|estimated|close to/.test(approx)) return [v * 0.85, hi * 1.15];
  return [v * 0.98, hi * 1.02];
}

/**
 * Where the event happened, as both sides state it: one place each, after the event's verb (or in
 * an opening "In X,"), not a place that describes someone ("Jenkin, from Aberdare, ... were found").
 */
function placeConflict(a: ClaimView, p: ViewPredicate | null, b: ClaimView, q: ViewPredicate | null, facts: EntityFacts): [string, string] | null {
  if (a.places.length !== 1 || b.places.length !== 1) return null;
  const ofEvent = (v: ClaimView, pred: ViewPredicate | null) => {
    const slot = v.claim.places[0];
    if (!slot) return false;
    // Where something happened is told with a locative preposition ("in", "at", "near"); "from
    // Naples" after "immigrants" or "to Paris" tells where someone came from or went.
    if (!LOCATIVE_BEFORE.test(v.doc.text.slice(Math.max(v.claim.sentence.start, slot.start - 24), slot.start))) return false;
    if (!pred) return true;
    if (/^\s*(?:in|at)\s+$/i.test(v.doc.text.slice(v.claim.sentence.start, slot.start))) return true;
    // After the verb, and before any other finite verb of the claim: "spent two days crisscrossing
    // the state, ... a line he delivered Monday night in Pruitt" tells where the line was
    // delivered. A gerund between tells what the event was ("charged him with murdering his
    // mother at the family home in Vellmar") and keeps the place.
    return slot.start > pred.start && !v.predicates.some((o) => o.start > pred.end && o.start < slot.start && o.lemma !== pred.lemma && !/ing$/i.test(o.surface));
  };
  if (!ofEvent(a, p) || !ofEvent(b, q)) return null;
  const [pa] = a.places;
  const [pb] = b.places;
  if (pa === pb || a.entities.has(pb) || b.entities.has(pa) || facts.placesCompatible(pa, pb)) return null;
  // A sentence naming the other side's place beside its own ("Newton Street, Millom") relates
  // the two places itself: no dispute over where.
  if (namesPlace(a, facts.name(pb)) || namesPlace(b, facts.name(pa))) return null;
  // "Queens" / "Queens Friday": one name misread, not two places.
  if (!differentNames(facts.name(pa), facts.name(pb))) return null;
  return [pa, pb];
}

/** A locative preposition right before a place name, with at most an article and two modifiers between. */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|inside|off|within|across|on)\s+(?:the\s+)?(?:[\p{L}.'-]+\s+){0,2}$/iu;

/** The claim's sentence holds the place's name as a word, whatever entity its mention went to. */
function namesPlace(v: ClaimView, name: string): boolean {
  if (name.length < 2) return false;
  return cachedPattern(placeWordPatterns, name, (written) => `(?<![\\p{L}\\p{N}])${written}(?![\\p{L}\\p{N}])`).test(v.doc.text.slice(v.claim.sentence.start, v.claim.sentence.end));
}

/**
 * Patterns built around a written word, compiled once per word: places and objects recur in
 * every pair of a story that asks, and compiling a Unicode pattern per pair cost more than the
 * match. None has the `g` or `y` flag, so a shared pattern keeps no state between tests.
 */
const placeWordPatterns = new Map<string, RegExp>();
const objectWordPatterns = new Map<string, RegExp>();
/**
 * Words a cache keeps at most: a live worker runs for months over an open vocabulary, and a
 * story asks again for the words it just compiled, so starting afresh now and then costs little.
 */
const MAX_CACHED_PATTERNS = 4096;

function cachedPattern(cache: Map<string, RegExp>, word: string, source: (escaped: string) => string): RegExp {
  let re = cache.get(word);
  if (!re) {
    if (cache.size >= MAX_CACHED_PATTERNS) cache.clear();
    cache.set(word, (re = new RegExp(source(literalPattern(word)), 'iu')));
  }
  return re;
}

/** The verb as a simple past for a heading: the text's own form unless it is a participle or present. */
export function past(p: { lemma: string; surface: string }): string {
  if (!/(?:ing|s)$/.test(p.surface) && p.surface.toLowerCase() !== p.lemma.toLowerCase()) return p.surface;
  return /e$/.test(p.lemma) ? `${p.lemma}d` : `${p.lemma}ed`;
}
