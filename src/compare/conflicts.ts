import type { ConflictKind } from '../model/corpus.js';
import type { TimeExpression } from '../model/time.js';
import type { Quantity } from '../model/quantity.js';
import type { ClaimView } from './claim-view.js';
import { actionClass, oppositionOf } from './actions.js';
import { stem } from './claim-view.js';

export interface PairConflict {
  kind: ConflictKind;
  about: string;
  values: [string, string];
}

/**
 * What two aligned claims from different publishers disagree on, if anything. Each test needs
 * both sides to state the value: a detail one side leaves out is not a disagreement.
 */
export function findConflicts(a: ClaimView, b: ClaimView, entityName: (id: string) => string): PairConflict[] {
  const out: PairConflict[] = [];
  const participant = participantConflict(a, b, entityName);
  if (participant) out.push(participant);
  const date = eventsMatch(a, b) ? dateConflict(a.times, b.times) : null;
  if (date) out.push({ kind: 'date', about: `when ${describe(a, entityName)}`, values: date });
  const number = numberConflict(a, b);
  if (number) out.push({ kind: 'number', about: number.about, values: number.values });
  const sameAction = a.predicates.some((p) => b.predicates.some((q) => q.cls === p.cls));
  const sameActor = a.actor !== null && b.actor !== null && (a.actor === b.actor || entityName(a.actor).toLowerCase() === entityName(b.actor).toLowerCase());
  const place = placeConflict(a, b, sameAction && eventsMatch(a, b) && sameActor);
  if (place) out.push({ kind: 'place', about: `where ${describe(a, entityName)}`, values: [entityName(place[0]), entityName(place[1])] });
  const opposite = oppositeStatements(a, b, () => true);
  if (opposite) out.push(opposite);
  // Two unmerged entities with one name ("Joseph Comeaux" / "Arcade Joseph Comeaux") are not a
  // disagreement about who acted: the resolver kept them apart, it did not find them different.
  return out.filter((c) => !(c.kind === 'actor' && nameContains(c.values[0], c.values[1])) && c.values[0].toLowerCase() !== c.values[1].toLowerCase());
}

/**
 * The same action reported with a different participant: another actor for the same object, or
 * another object for the same actor; or the same action and object, asserted by one side and
 * denied by the other.
 */
function participantConflict(a: ClaimView, b: ClaimView, entityName: (id: string) => string): PairConflict | null {
  for (const p of a.predicates) {
    for (const q of b.predicates) {
      if (p.cls !== q.cls) continue;
      const sameObject = p.target ? p.target === q.target : p.object !== null && p.object === q.object && !q.target;
      // With no object on either side ("resigned" / "did not resign"), the subjects must agree.
      const noObject = !p.target && !q.target && !p.object && !q.object;
      if ((sameObject || noObject) && (p.target || p.object || (a.actor && a.actor === b.actor)) && p.polarity !== q.polarity) {
        return { kind: 'polarity', about: `whether ${a.actor ? entityName(a.actor) : 'it'} ${past(p)}${p.target ? ` ${entityName(p.target)}` : p.object ? ` the ${p.object}` : ''}`, values: [p.polarity === 'negative' ? `not ${p.surface}` : p.surface, q.polarity === 'negative' ? `not ${q.surface}` : q.surface] };
      }
      // Who said something is a matter of sources, not a disagreement about who acted.
      if (SPEECH.has(p.cls)) continue;
      if (a.actor && b.actor && a.actor !== b.actor && a.actorType === b.actorType && sameObject && !a.entities.has(b.actor) && !b.entities.has(a.actor)) {
        return { kind: 'actor', about: `who ${past(p)} ${p.target ? entityName(p.target) : `the ${p.object}`}`, values: [entityName(a.actor), entityName(b.actor)] };
      }
      if (p.target && q.target && p.target !== q.target && p.targetType === q.targetType && a.actor && a.actor === b.actor && !a.entities.has(q.target) && !b.entities.has(p.target)) {
        return { kind: 'actor', about: `whom ${entityName(a.actor)} ${past(p)}`, values: [entityName(p.target), entityName(q.target)] };
      }
    }
  }
  return null;
}

const SPEECH = new Set([actionClass('say')]);

function describe(v: ClaimView, entityName: (id: string) => string): string {
  const actor = v.actor ? entityName(v.actor) : '';
  const action = v.claim.action ? withParticle(v.doc.text, v.claim.action.start, v.claim.action.end) : 'acted';
  // A place after the verb is where, not whom: "withdrew from X" is not "withdrew X".
  const placeIds = new Set(v.places);
  const target = v.target && !placeIds.has(v.target) && v.claim.target && !isPlaceMention(v, v.claim.target.mention) ? ` ${entityName(v.target)}` : '';
  return `${actor} ${action}${target}`.trim();
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

function isPlaceMention(v: ClaimView, index: number | undefined): boolean {
  const m = index === undefined ? undefined : v.doc.layers.mentions?.[index];
  return m !== undefined && (m.type === 'LOC' || m.type === 'GPE' || m.type === 'FAC');
}


/**
 * Whether the two claims' dated or placed events are one event: the predicate nearest each
 * claim's first time or place expression is of the same class on both sides, or one side names
 * the other's verb as a noun ("withdrew" / "the withdrawal"); and it is not a speech verb, since
 * when or where someone spoke says nothing about the event itself.
 */
function eventsMatch(a: ClaimView, b: ClaimView): boolean {
  const at = (v: ClaimView) => v.times[0]?.start ?? v.claim.places[0]?.start ?? v.claim.sentence.start;
  return eventsMatchAt(a, b, at(a), at(b));
}

/** The same event at two positions: the predicates nearest each position match (see eventsMatch). */
function eventsMatchAt(a: ClaimView, b: ClaimView, atA: number, atB: number, skipSpeech = false): boolean {
  const pa = nearestPredicate(a, atA, skipSpeech);
  const pb = nearestPredicate(b, atB, skipSpeech);
  if (!pa || !pb || SPEECH.has(pa.cls) || SPEECH.has(pb.cls)) return false;
  return pa.cls === pb.cls || b.stems.has(stem(pa.lemma)) || a.stems.has(stem(pb.lemma)) || (a.predicates.some((p) => p.cls === pb.cls) && b.predicates.some((q) => q.cls === pa.cls));
}

function nearestPredicate(v: ClaimView, at: number, skipSpeech = false): ClaimView['predicates'][number] | null {
  let best: ClaimView['predicates'][number] | null = null;
  for (const p of v.predicates) {
    if (skipSpeech && SPEECH.has(p.cls)) continue;
    if (!best || Math.abs(p.start - at) < Math.abs(best.start - at)) best = p;
  }
  return best;
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
 * Same unit and the same counted thing (the counted phrases share their head noun, or neither
 * has one and the unit is the same), stated for the same event (the verb nearest each number
 * matches), values apart beyond what their wording allows.
 */
function numberConflict(a: ClaimView, b: ClaimView): { about: string; values: [string, string] } | null {
  for (const x of a.quantities) {
    for (const y of b.quantities) {
      if (x.kind !== y.kind || x.unit !== y.unit || x.kind === 'ordinal') continue;
      const sameThing = x.counts && y.counts ? sameHead(x.counts, y.counts) : !x.counts && !y.counts && x.unit !== null;
      if (!sameThing || compatible(x, y)) continue;
      // A number is never what a speech verb is about: "said 12 people were killed" counts the killed.
      if (!eventsMatchAt(a, b, x.start, y.start, true)) continue;
      return { about: `how many ${x.counts ?? x.unit ?? 'units'}`, values: [x.text, y.text] };
    }
  }
  return null;
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

function placeConflict(a: ClaimView, b: ClaimView, sameAction: boolean): [string, string] | null {
  if (!sameAction || a.places.length !== 1 || b.places.length !== 1) return null;
  const [pa] = a.places;
  const [pb] = b.places;
  if (pa === pb || a.entities.has(pb) || b.entities.has(pa)) return null;
  return [pa, pb];
}

/**
 * Opposite predicates about one shared subject noun ("the ceasefire has held" / "both sides
 * accuse each other of violating the ceasefire agreement"): the noun is in both sentences and
 * near the predicate in at least one of them.
 */
export function oppositeStatements(a: ClaimView, b: ClaimView, eligible: (noun: string) => boolean): PairConflict | null {
  const nounsB = new Map<string, number>();
  for (const l of b.lemmas) if (l.pos === 'NOUN' && !nounsB.has(l.lemma)) nounsB.set(l.lemma, l.token);
  for (const la of a.lemmas) {
    const oa = la.pos === 'VERB' ? oppositionOf(la.lemma) : null;
    if (!oa) continue;
    for (const lb of b.lemmas) {
      const ob = lb.pos === 'VERB' ? oppositionOf(lb.lemma) : null;
      if (!ob || ob.pair !== oa.pair || ob.side === oa.side) continue;
      for (const na of a.lemmas) {
        if (na.pos !== 'NOUN' || !nounsB.has(na.lemma) || !eligible(na.lemma)) continue;
        const near = Math.abs(na.token - la.token) <= 8 || Math.abs(nounsB.get(na.lemma)! - lb.token) <= 8;
        if (near) return { kind: 'polarity', about: `whether the ${na.lemma} ${surface(a, la.token)}`, values: [surface(a, la.token), surface(b, lb.token)] };
      }
    }
  }
  return null;
}

function surface(v: ClaimView, token: number): string {
  const t = v.doc.layers.tokens!;
  return v.doc.text.slice(t.start[token], t.end[token]);
}

/** The verb as a simple past for a heading: the text's own form unless it is a participle or present. */
function past(p: { lemma: string; surface: string }): string {
  if (!/(?:ing|s)$/.test(p.surface) && p.surface.toLowerCase() !== p.lemma.toLowerCase()) return p.surface;
  return /e$/.test(p.lemma) ? `${p.lemma}d` : `${p.lemma}ed`;
}
