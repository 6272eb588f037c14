import type { ConflictSide } from '../model/corpus.js';
import type { ClaimView } from './claim-view.js';
import { oppositionOf } from './actions.js';
import { COMPARE_CONFIG } from './config.js';
import { firstNounSenseFile } from './wordnet.js';
import type { PairConflict } from './conflicts.js';
import type { Document } from '../model/document.js';
import type { Range } from '../model/span.js';

/**
 * Opposite predicates about one shared, specific subject noun ("a fragile truce ... has
 * mostly held" / "both sides accuse each other of breaching the [truce] agreement"): two
 * descriptions of one situation that pull apart without contradicting each other. Shown as a
 * tension, never as a conflict: each may be true. The noun must be an argument of both verbs (the
 * clause's subject or the verb's object, with the modifiers of a compound and of the earlier
 * phrase a definite "the agreement" takes up), not merely a word both sentences hold.
 *
 * The situation is a thing named by a common noun (a truce, a deal, a blockade), never a named
 * person, team or body: opposite verbs about one actor ("X won" / "X lost", "X was arrested" /
 * "X was released", "X lived" / "X died") report different events of that actor's life, which only
 * aligned claims may set against each other. Both verbs must be stated as what is: a verb under a
 * modal ("might have lived", "would have won") or as an aim ("needing points to break the record")
 * describes no situation.
 */
export function tensionBetween(a: ClaimView, b: ClaimView, eligible: (noun: string) => boolean): { about: string; values: [string, string] } | null {
  for (const la of a.lemmas) {
    const oa = la.pos === 'VERB' ? oppositionOf(la.lemma) : null;
    if (!oa || !describesSituation(a, la.token)) continue;
    for (const lb of b.lemmas) {
      const ob = lb.pos === 'VERB' ? oppositionOf(lb.lemma) : null;
      if (!ob || ob.pair !== oa.pair || ob.side === oa.side || !describesSituation(b, lb.token)) continue;
      const argsB = argumentNouns(b, lb.token);
      for (const noun of argumentNouns(a, la.token)) {
        if (argsB.has(noun) && eligible(noun)) return { about: `whether the ${noun} ${surface(a, la.token)}`, values: [surface(a, la.token), surface(b, lb.token)] };
      }
    }
  }
  return null;
}

/**
 * The verb at `token` is a predicate of the claim that states what is (or was), or the gerund a
 * reporting verb governs ("accuse each other of violating"): not one negated, under a modal, or an infinitive of aim.
 */
function describesSituation(v: ClaimView, token: number): boolean {
  const at = v.doc.layers.tokens!.start[token];
  const p = v.predicates.find((x) => x.start === at);
  if (!p) return false;
  // "has never lost a race" is the side of "won": a negated verb states the other side, or
  // contradicts its own (a polarity matter), and is never one of two pulling descriptions.
  if (p.mood === 'modal' || p.polarity === 'negative') return false;
  return p.mood !== 'irrealis' || /ing$/i.test(p.surface);
}

const NOUNISH = new Set(['NOUN', 'PROPN']);
const NP_INNER = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** Noun phrases of a claim as token runs: [first, last] with their nouns. */
function nounPhrases(v: ClaimView): { first: number; last: number; nouns: string[]; definite: boolean; inPP: boolean }[] {
  const out: { first: number; last: number; nouns: string[]; definite: boolean; inPP: boolean }[] = [];
  const L = v.lemmas;
  for (let i = 0; i < L.length; i++) {
    if (!NP_INNER.has(L[i].pos)) continue;
    let j = i;
    while (j + 1 < L.length && NP_INNER.has(L[j + 1].pos)) j++;
    // A situation is named by a common noun outside any name ("the truce"); a proper noun, or a
    // word of a name ("Forest Service"), names an actor (see tensionBetween).
    const nouns = L.slice(i, j + 1).filter((x) => x.pos === 'NOUN' && !insideName(v, x.token) && namesSituation(x.lemma)).map((x) => x.lemma);
    if (L.slice(i, j + 1).some((x) => NOUNISH.has(x.pos))) out.push({ first: L[i].token, last: L[j].token, nouns, definite: L[i].lemma === 'the', inPP: i > 0 && L[i - 1].pos === 'ADP' });
    i = j;
  }
  return out;
}

/** The nouns filling a verb's subject and object slots (see tensionBetween). */
function argumentNouns(v: ClaimView, verb: number): Set<string> {
  const phrases = nounPhrases(v);
  const out = new Set<string>();
  const take = (np: (typeof phrases)[number]) => {
    for (const n of np.nouns) out.add(n);
    // "the agreement" after "a ceasefire agreement": the definite phrase takes up the earlier one.
    const head = np.nouns[np.nouns.length - 1];
    if (np.definite) for (const earlier of phrases) if (earlier.last < np.first && earlier.nouns[earlier.nouns.length - 1] === head) for (const n of earlier.nouns) out.add(n);
  };
  const object = phrases.find((np) => np.first > verb && np.first - verb <= 2);
  if (object) take(object);
  const subject = phrases.find((np) => np.last < verb && !np.inPP);
  if (subject) take(subject);
  return out;
}

/**
 * WordNet's lexicographer files of nouns that name a state of affairs (noun.act, noun.attribute,
 * noun.cognition, noun.communication, noun.event, noun.phenomenon, noun.process, noun.relation,
 * noun.state): a truce, an agreement, a blockade. People, groups, times, quantities and objects
 * ("the climber", "years", "the team") are not situations that can hold or break.
 */
const SITUATION_FILES = new Set([4, 7, 9, 10, 11, 19, 22, 24, 26]);

/** The noun's most frequent sense names a situation (see SITUATION_FILES). */
function namesSituation(lemma: string): boolean {
  const file = firstNounSenseFile(lemma);
  return file !== null && SITUATION_FILES.has(file);
}

function insideName(v: ClaimView, token: number): boolean {
  const at = v.doc.layers.tokens!.start[token];
  return (v.doc.layers.mentions ?? []).some((m) => m.start <= at && at < m.end);
}

function surface(v: ClaimView, token: number): string {
  const t = v.doc.layers.tokens!;
  return v.doc.text.slice(t.start[token], t.end[token]);
}

/** Words that say a figure has moved since an earlier report. */
const CHANGE_CUE = /\b(?:now|climb(?:s|ed)?|ris(?:es|en)|rose|increas(?:es|ed)|revised|updated|latest|jump(?:s|ed)|grew|grown|so far|to date|has reached|risen to)\b/i;
/** Characters either side of the later figure where a change cue counts. */
const CUE_WINDOW = 25;
/** Counted things that only grow as a story goes on: tolls of dead, injured, missing, arrested. */
const CUMULATIVE = /\b(?:dead|deaths?|killed|died|fatalit|casualt|injur|wounded|hurt|missing|arrest|detain|displac|evacuat|cases|victims|toll)/i;

/**
 * A number that differs between two reports published at different times is an update, not a
 * contradiction, when the later report signals change: its sentence or its headline says the
 * figure moved ("now", "has risen", "revised", "death toll climbs"), and for a toll of dead,
 * injured or arrested, the later figure is the larger. The sides are the figure's history, in
 * publication order.
 */
export function asUpdate(a: ClaimView, b: ClaimView, c: PairConflict, sides: [ConflictSide, ConflictSide]): { about: string; sides: ConflictSide[] } | null {
  if (c.kind !== 'number') return null;
  const ta = Date.parse(a.doc.meta.published ?? '');
  const tb = Date.parse(b.doc.meta.published ?? '');
  if (!Number.isFinite(ta) || !Number.isFinite(tb) || Math.abs(ta - tb) < COMPARE_CONFIG.updateMinGapMs) return null;
  const [earlier, later, earlierSide, laterSide] = ta < tb ? [a, b, sides[0], sides[1]] : [b, a, sides[1], sides[0]];
  const sentence = (v: ClaimView) => v.doc.text.slice(v.claim.sentence.start, v.claim.sentence.end);
  const before = earlier.quantities.find((q) => q.text === earlierSide.value);
  const after = later.quantities.find((q) => q.text === laterSide.value);
  if (!signalsChange(later.doc, later.claim.sentence, after ?? null)) return null;
  if (before && after && CUMULATIVE.test(`${after.counts ?? ''} ${sentence(later)}`) && after.value < before.value) return null;
  return { about: `${c.about}, as reported over time`, sides: [earlierSide, laterSide] };
}

/**
 * The later report says its figure moved: a cue next to the number ("has risen to 31", "now
 * faces"), or a headline that names what is counted moving ("Death toll climbs"). A cue elsewhere
 * in the sentence may be about anything else it tells.
 */
export function signalsChange(doc: Document, sentence: Range, figure: Range | null): boolean {
  const near = figure ? doc.text.slice(Math.max(sentence.start, figure.start - CUE_WINDOW), Math.min(sentence.end, figure.end + CUE_WINDOW)) : '';
  const title = doc.meta.title ?? '';
  // A headline's "death toll rises" speaks for the toll only: the quake's magnitude beside it did not move.
  return CHANGE_CUE.test(near) || (CHANGE_CUE.test(title) && CUMULATIVE.test(title) && CUMULATIVE.test(near));
}
