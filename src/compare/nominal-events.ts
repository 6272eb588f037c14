import type { Claim, FrameSlot } from '../model/claim.js';
import type { Document } from '../model/document.js';
import { firstTokenAt, posName } from '../annotate/tokens/tokenize.js';
import { lemmaOf } from '../annotate/tokens/vocabulary.js';
import { actionClass, eventNounClass } from './actions.js';
import type { ClaimView } from './claim-view.js';

/** A dated event noun's time starts at most this many characters after the noun ("visit to Velmora in October"). */
const MAX_NOUN_TO_TIME = 30;
/** Determiners, possessives and adjectives walked back from the noun to the start of its phrase. */
const MAX_PHRASE_LEFT = 4;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/**
 * Events a sentence states as dated noun phrases besides its main assertion: "During his first
 * visit to Velmora in October, X downplayed ..." also reports the October visit. Each becomes a
 * claim of its own (no verb, the phrase as its evidence), so that it can be corroborated by
 * another publisher's "his first visit to Ostravia in October 2025" without the sentence's main
 * assertion being counted as corroborated too.
 */
export function datedEventNouns(doc: Document, claim: Claim): Claim[] {
  const t = doc.layers.tokens!;
  const times = doc.layers.times ?? [];
  const mentions = doc.layers.mentions ?? [];
  const out: Claim[] = [];
  // Only a time the claim states dates a noun (after it, or owning it): most claims state none,
  // and every event noun of their sentences was read for nothing.
  if (claim.times.length === 0) return out;
  for (let i = firstTokenAt(t.start, claim.sentence.start); i < t.count && t.end[i] <= claim.sentence.end; i++) {
    if (!eventNounAt(doc, i)) continue;
    let time = claim.times.find((k) => {
      const x = times[k];
      const gap = doc.text.slice(t.end[i], x.start);
      return x.type === 'DATE' && x.earliest && x.start >= t.end[i] && x.start - t.end[i] <= MAX_NOUN_TO_TIME && /^[\s\p{L}'’.-]*$/u.test(gap) && !hasVerb(doc, t.end[i], x.start);
    });
    let from = i;
    let actor: FrameSlot | null = null;
    for (let k = i - 1; k >= Math.max(0, i - MAX_PHRASE_LEFT) && t.start[k] >= claim.sentence.start; k--) {
      const pos = posName(t.pos[k]);
      const word = doc.text.slice(t.start[k], t.end[k]);
      if (POSSESSIVE_PRONOUNS.has(word.toLowerCase())) { actor = claim.actor ? { ...claim.actor, start: t.start[k], end: t.end[k], text: word } : null; from = k; break; }
      if (/^['’]s?$/.test(word)) {
        // "Saturday's killing of X": a date owning the event dates it.
        const owningTime = time === undefined ? claim.times.find((x) => times[x].type === 'DATE' && times[x].earliest && times[x].end === t.start[k]) : undefined;
        if (owningTime !== undefined) { time = owningTime; from = firstTokenAt(t.start, times[owningTime].start); break; }
        const owner = mentions.findIndex((m) => m.end === t.start[k]);
        if (owner >= 0) { actor = { start: mentions[owner].start, end: mentions[owner].end, text: mentions[owner].text, mention: owner }; from = firstTokenAt(t.start, mentions[owner].start); }
        break;
      }
      if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM') break;
      from = k;
    }
    if (time === undefined) continue;
    const target = ofParticipant(doc, i, claim.sentence.end);
    const range = { start: t.start[from], end: Math.max(times[time].end, target?.end ?? 0, t.end[i]) };
    out.push({
      ...claim,
      id: `${claim.id}:n${out.length + 1}`,
      sentence: range,
      actor,
      action: null,
      target,
      predicates: [],
      places: claim.places.filter((p) => p.start >= range.start && p.end <= range.end),
      times: [time],
      quantities: [],
    });
  }
  return out;
}

/**
 * An eventive noun at token i: tagged a noun, or an "-ing" form after a possessive or a
 * determiner, which the tagger may read as a verb ("Saturday's killing", "the shooting").
 */
function eventNounAt(doc: Document, i: number): boolean {
  const t = doc.layers.tokens!;
  const pos = posName(t.pos[i]);
  if (pos === 'NOUN') return eventNounClass(lemmaOf(t.lemma[i])) !== null;
  if (pos !== 'VERB' || i === 0) return false;
  const word = doc.text.slice(t.start[i], t.end[i]).toLowerCase();
  const before = posName(t.pos[i - 1]);
  return /ing$/.test(word) && (before === 'DET' || /^['’]s?$/.test(doc.text.slice(t.start[i - 1], t.end[i - 1]))) && eventNounClass(word) !== null;
}

/** Words that may stand between "of" and the name it introduces ("the killing of 16-year-old X"). */
const MAX_OF_MODIFIERS = 3;

/**
 * The named participant an event noun takes with "of" ("the death of X", "the killing of
 * 16-year-old X"): the one the event happened to. Null when no name follows.
 */
function ofParticipant(doc: Document, noun: number, end: number): FrameSlot | null {
  const t = doc.layers.tokens!;
  const mentions = doc.layers.mentions ?? [];
  if (noun + 1 >= t.count || doc.text.slice(t.start[noun + 1], t.end[noun + 1]).toLowerCase() !== 'of') return null;
  for (let k = noun + 2; k < t.count && k <= noun + 2 + MAX_OF_MODIFIERS && t.end[k] <= end; k++) {
    const owner = mentions.findIndex((m) => m.start === t.start[k]);
    if (owner >= 0) return { start: mentions[owner].start, end: mentions[owner].end, text: mentions[owner].text, mention: owner };
    const pos = posName(t.pos[k]);
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'PUNCT') return null;
  }
  return null;
}

function hasVerb(doc: Document, from: number, to: number): boolean {
  const t = doc.layers.tokens!;
  for (let i = firstTokenAt(t.start, from); i < t.count && t.start[i] < to; i++) if (posName(t.pos[i]) === 'VERB') return true;
  return false;
}

/**
 * Events that happen to a person once: a death, however it is named ("the death of X", "the
 * killing of X", "X's murder"). Two reports of such an event with the same person are one
 * event whatever date each gives, so that the dates can disagree; a visit, a meeting or an
 * arrest recurs, and two of them on two dates are two events.
 */
const ONCE_PER_PERSON = new Set([actionClass('die'), actionClass('kill')]);

/**
 * Who undergoes a once-per-person event in a claim: the participant a verbless event phrase
 * names (after "of", else its possessive owner), or the one a verb of the class kills or who
 * dies ("X was killed", "X died").
 */
function onceOnlyParticipants(v: ClaimView): string[] {
  let out = undergoers.get(v);
  if (!out) undergoers.set(v, (out = readOnceOnlyParticipants(v)));
  return out;
}

/** Each claim's once-only participants, read once: alignment asks about every pair of claims. */
const undergoers = new WeakMap<ClaimView, string[]>();

function readOnceOnlyParticipants(v: ClaimView): string[] {
  if (v.predicates.length === 0) {
    const named = v.target ?? v.actor;
    return named && v.lemmas.some((l) => l.pos === 'NOUN' && ONCE_PER_PERSON.has(eventNounClass(l.lemma) ?? '')) ? [named] : [];
  }
  const out: string[] = [];
  for (const p of v.predicates) {
    if (p.polarity !== 'positive' || p.mood !== 'asserted') continue;
    const undergoer = p.cls === actionClass('kill') ? p.target : p.cls === actionClass('die') ? p.agent : null;
    if (undergoer) out.push(undergoer);
  }
  return out;
}

/**
 * One person's death told as a noun on at least one side ("the death of X on Saturday" /
 * "Friday's killing of X" / "X was killed on Friday"): one event whatever the dates say, so
 * that they can disagree. Two verbs are compared by their roles already.
 */
export function sameOnceOnlyEvent(a: ClaimView, b: ClaimView): boolean {
  if (a.predicates.length > 0 && b.predicates.length > 0) return false;
  const x = onceOnlyParticipants(a);
  if (x.length === 0) return false;
  return onceOnlyParticipants(b).some((e) => x.includes(e));
}
