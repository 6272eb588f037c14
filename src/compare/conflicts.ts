import type { ConflictKind } from '../model/corpus.js';
import type { TimeExpression } from '../model/time.js';
import type { Quantity } from '../model/quantity.js';
import type { ClaimView, ViewPredicate } from './claim-view.js';
import { compareRoles, effectivePolarity, eventPair, isSpeech, type EventPair } from './event-match.js';
import { COMPARE_CONFIG } from './config.js';

export interface PairConflict {
  kind: ConflictKind;
  about: string;
  values: [string, string];
}

/** What the compare stage knows about entities: names, and whether one place lies in another. */
export interface EntityFacts {
  name: (id: string) => string;
  /** Same place, or one inside the other (a town and its country): never a disagreement. */
  placesCompatible: (a: string, b: string) => boolean;
  /** Named in few of the story's claims: specific enough to identify an event by. */
  rare?: (entity: string) => boolean;
}

/** Two claims read as one fact, or not. */
export interface PairVerdict {
  /** One event with its core arguments in the same roles: the pair corroborates (and may disagree on one slot). */
  aligned: boolean;
  /** The single slot they disagree on, when both state it incompatibly. */
  conflict: PairConflict | null;
  pair: EventPair | null;
}

const NOT_ONE_FACT: PairVerdict = { aligned: false, conflict: null, pair: null };

/**
 * Whether two claims from different publishers state one fact, and if so whether they disagree.
 * One fact: their predicates denote one event, at least one core argument is the same entity in
 * the same role (or the two sentences share a distinctive description), and no role is swapped.
 * A conflict: exactly one slot (the actor in a role, the date or place of the event, a number of
 * the same counted thing, whether it happened) differs incompatibly, both sides stating it. Two
 * or more differing slots mean two events, not one fact reported twice.
 */
export function comparePair(a: ClaimView, b: ClaimView, facts: EntityFacts, sameDescription: boolean): PairVerdict {
  // Two sentences sharing a distinctive description state one situation whatever verb carries it.
  const pair = eventPair(a, b) ?? (sameDescription ? { p: null, q: null } : null);
  if (!pair) return NOT_ONE_FACT;
  const roles = compareRoles(a, b, pair, facts);
  if (roles.swapped || (!roles.shared && !sameDescription)) return NOT_ONE_FACT;
  const speech = (pair.p && isSpeech(pair.p)) || (pair.q && isSpeech(pair.q));
  const differences: PairConflict[] = [];
  const { name } = facts;
  const what = describe(a, pair.p, name);
  if (pair.p && pair.q && effectivePolarity(a, pair.p) !== effectivePolarity(b, pair.q)) {
    differences.push({ kind: 'polarity', about: `whether ${what}`, values: [polar(a, pair.p), polar(b, pair.q)] });
  }
  // Two sentences aligned by a shared description alone have no predicate to name the role by.
  if (!speech && roles.agentDiffers && (pair.p || pair.q)) {
    const agentA = pair.p?.agent ?? a.actor!;
    const agentB = pair.q?.agent ?? b.actor!;
    differences.push({ kind: 'actor', about: `who ${past(pair.p ?? pair.q!)}${objectPhrase(pair.p ?? pair.q!, name)}`, values: [name(agentA), name(agentB)] });
  }
  if (!speech && roles.patientDiffers && pair.p && pair.q) {
    const agent = pair.p?.agent ?? a.actor;
    differences.push({ kind: 'actor', about: `whom ${agent ? `${name(agent)} ` : ''}${past(pair.p!)}`, values: [name(pair.p!.target!), name(pair.q!.target!)] });
  }
  const date = speech ? null : dateConflict(eventTimes(a, pair.p), eventTimes(b, pair.q));
  if (date) differences.push({ kind: 'date', about: `when ${what}`, values: date });
  const place = speech ? null : placeConflict(a, b, facts);
  if (place) differences.push({ kind: 'place', about: `where ${what}`, values: [name(place[0]), name(place[1])] });
  const number = numberConflict(a, b, pair);
  if (number) differences.push({ kind: 'number', about: number.about, values: number.values });
  const real = differences.filter((c) => c.values[0].toLowerCase() !== c.values[1].toLowerCase() && !(c.kind === 'actor' && nameContains(c.values[0], c.values[1])));
  if (real.length >= 2) return NOT_ONE_FACT;
  if (real.length === 0) return { aligned: !(differences.length > 0 && differences.some((d) => d.kind === 'polarity')), conflict: null, pair };
  const conflict = real[0];
  // A conflict is between two reports of the same standing: two outlets, or one speaker as two
  // outlets quote them. A source's words against an outlet's reporting, or a hedged or pending
  // statement against an assertion, is not a contradiction.
  const comparable = sameStanding(a, b) && (conflict.kind !== 'polarity' || (!a.claim.hedge && !b.claim.hedge));
  if (!comparable) return { aligned: conflict.kind !== 'polarity', conflict: null, pair };
  return { aligned: true, conflict, pair };
}

function sameStanding(a: ClaimView, b: ClaimView): boolean {
  const x = a.attribution;
  const y = b.attribution;
  if (x.kind !== y.kind) return false;
  return x.kind === 'outlet' || !x.entity || !y.entity || x.entity === y.entity;
}

function polar(v: ClaimView, p: ViewPredicate): string {
  return effectivePolarity(v, p) === 'negative' ? `not ${p.surface}` : p.surface;
}

function describe(v: ClaimView, p: ViewPredicate | null, name: (id: string) => string): string {
  const agent = p?.agent ?? v.actor;
  const verb = p ? withParticle(v.doc.text, p.start, p.start + p.surface.length) : v.claim.action ? withParticle(v.doc.text, v.claim.action.start, v.claim.action.end) : 'acted';
  const target = p?.target && !v.places.includes(p.target) ? ` ${name(p.target)}` : p?.object ? ` the ${p.object}` : '';
  return `${agent ? `${name(agent)} ` : ''}${verb}${target}`.trim();
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

/** A phrasal verb's particle belongs to the verb: "gave way", "pulled out", "stepped down". */
function withParticle(text: string, start: number, end: number): string {
  const next = /^\s+(up|out|off|down|away|back|over|way)\b/.exec(text.slice(end, end + 8));
  return text.slice(start, end) + (next ? ` ${next[1]}` : '');
}

/** The predicate nearest a position, speech verbs left out: when someone spoke says nothing about the event. */
function nearestPredicate(v: ClaimView, at: number): ViewPredicate | null {
  let best: ViewPredicate | null = null;
  for (const p of v.predicates) {
    if (isSpeech(p)) continue;
    if (!best || Math.abs(p.start - at) < Math.abs(best.start - at)) best = p;
  }
  return best;
}

/**
 * The times that date the event itself: those whose nearest predicate is the event's verb. When
 * a side names the event as a noun, its times count only if no other verb of the clause is
 * nearer to them than to the noun's sentence as a whole (one content verb at most).
 */
function eventTimes(v: ClaimView, p: ViewPredicate | null): TimeExpression[] {
  if (p) return v.times.filter((t) => nearestPredicate(v, t.start) === p);
  return v.predicates.filter((x) => !isSpeech(x)).length <= 1 ? v.times : [];
}

/** Dated events: every stated date of one side lies outside every stated date of the other. */
function dateConflict(a: TimeExpression[], b: TimeExpression[]): [string, string] | null {
  const da = a.filter(onCalendar);
  const db = b.filter(onCalendar);
  if (!da.length || !db.length) return null;
  for (const x of da) for (const y of db) if (overlaps(x, y)) return null;
  return [da.map(label).join(', '), db.map(label).join(', ')];
}

function onCalendar(t: TimeExpression): boolean {
  return t.type === 'DATE' && !!t.earliest && !!t.latest && t.granularity !== 'unknown';
}

function overlaps(x: TimeExpression, y: TimeExpression): boolean {
  return x.earliest! <= y.latest! && y.earliest! <= x.latest!;
}

function label(t: TimeExpression): string {
  const range = t.earliest === t.latest ? t.earliest : `${t.earliest} to ${t.latest}`;
  return `"${t.text}" (${range})`;
}

/**
 * A number of the same counted thing (the counted phrases share their head noun, or neither has
 * one and the unit is the same), for the same event (the verb nearest each number is the event's
 * verb), about the same owner (no two different names right before the numbers: two candidates'
 * poll figures are two things), values apart beyond what their wording allows.
 */
function numberConflict(a: ClaimView, b: ClaimView, pair: EventPair): { about: string; values: [string, string] } | null {
  for (const x of a.quantities) {
    for (const y of b.quantities) {
      if (x.kind !== y.kind || x.unit !== y.unit || x.kind === 'ordinal') continue;
      const sameThing = x.counts && y.counts ? sameHead(x.counts, y.counts) : !x.counts && !y.counts && x.unit !== null;
      if (!sameThing || compatible(x, y)) continue;
      // A value the other side also states is agreed, whatever else it mentions ("demanded 11
      // percent and offered 6 percent" / "offered 6 percent").
      if (a.quantities.some((z) => z !== x && z.unit === y.unit && compatible(z, y)) || b.quantities.some((z) => z !== y && z.unit === x.unit && compatible(z, x))) continue;
      if (!attachedTo(a, pair.p, x.start) || !attachedTo(b, pair.q, y.start)) continue;
      const ownerA = ownerOf(a, x.start);
      const ownerB = ownerOf(b, y.start);
      if (ownerA && ownerB && ownerA !== ownerB) continue;
      return { about: `how many ${x.counts ?? x.unit ?? 'units'}`, values: [x.text, y.text] };
    }
  }
  return null;
}

function attachedTo(v: ClaimView, p: ViewPredicate | null, at: number): boolean {
  if (!p) return v.predicates.filter((x) => !isSpeech(x)).length <= 1;
  return nearestPredicate(v, at) === p;
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
    best = `${m.type}:${m.text.toLowerCase()}`;
  }
  return best;
}

/** The last word of two counted phrases, singular: "people" = "people", "combat sorties" = "sorties". */
function sameHead(a: string, b: string): boolean {
  const head = (s: string) => (s.toLowerCase().match(/[a-z]+/g) ?? []).pop()?.replace(/(?<=[^s])s$/, '') ?? '';
  return head(a) !== '' && head(a) === head(b);
}

/** "over 400" and "450" agree; "at least 10" and "8" do not; exact values agree within 2%. */
function compatible(x: Quantity, y: Quantity): boolean {
  const [xl, xh] = bounds(x);
  const [yl, yh] = bounds(y);
  return xl <= yh && yl <= xh;
}

function bounds(q: Quantity): [number, number] {
  const v = q.value;
  const hi = q.valueMax ?? v;
  const approx = (q.approximation ?? '').toLowerCase();
  if (/over|more than|at least|above|exceed|upwards of/.test(approx)) return [v, Infinity];
  if (/under|less than|at most|up to|below|fewer than/.test(approx)) return [0, hi];
  if (/about|around|nearly|almost|some|roughly|approximately|estimated|close to/.test(approx)) return [v * 0.85, hi * 1.15];
  return [v * 0.98, hi * 1.02];
}

function placeConflict(a: ClaimView, b: ClaimView, facts: EntityFacts): [string, string] | null {
  if (a.places.length !== 1 || b.places.length !== 1) return null;
  const [pa] = a.places;
  const [pb] = b.places;
  if (pa === pb || a.entities.has(pb) || b.entities.has(pa) || facts.placesCompatible(pa, pb)) return null;
  return [pa, pb];
}

/** The verb as a simple past for a heading: the text's own form unless it is a participle or present. */
export function past(p: { lemma: string; surface: string }): string {
  if (!/(?:ing|s)$/.test(p.surface) && p.surface.toLowerCase() !== p.lemma.toLowerCase()) return p.surface;
  return /e$/.test(p.lemma) ? `${p.lemma}d` : `${p.lemma}ed`;
}
