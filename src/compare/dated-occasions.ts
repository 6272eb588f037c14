import type { Conflict, Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { Range } from '../model/span.js';
import type { TimeExpression } from '../model/time.js';
import { posName } from '../annotate/tokens/tokenize.js';
import { lemmaOf } from '../annotate/tokens/vocabulary.js';
import { firstNounSenseFile } from './wordnet.js';
import { adjacentDays, label, nearMidnight, sameDay, statedDay, toldAsNight } from './calendar.js';
import { outletSide } from './attributes.js';
import { oneValuePerDocument } from './one-value-per-document.js';
import { CUE_WORD, SPEECH_EVENT } from '../annotate/quotes/cue-words.js';

/**
 * An event a report names by a noun and dates in the same phrase: "Tuesday's debate",
 * "Wednesday's first debate", "Sunday's vote", or an occasion something happened in and its day
 * ("clashed in a televised debate on Tuesday"). Such an occasion recurs (there are many debates),
 * so the noun alone never makes two reports one event; but a story is one event, and when each
 * of two publishers' reports in it dates that occasion, named alike, on one day only, the two are
 * dating one occasion, and two days disagree.
 */
export interface DatedOccasion {
  doc: Document;
  publisher: string;
  /** The noun's lemma with the words that qualify it ("first presidential debate"), lower case. */
  name: string;
  /** The noun's lemma alone ("debate"): occasions are grouped by it, and named alike when one's qualifiers are among the other's. */
  head: string;
  day: TimeExpression;
  /** The sentence naming it: the evidence. */
  sentence: Range;
}

/**
 * Lexicographer files of nouns that name an occasion: noun.act ("vote", "strike"), noun.communication
 * ("debate", "speech"), noun.event ("rally"), noun.phenomenon ("earthquake"), noun.process.
 */
const OCCASION_FILES = new Set([4, 10, 11, 19, 22]);

/** Adjectives and numbers walked back from the noun to the date that owns it ("Tuesday's first presidential debate"). */
const MAX_QUALIFIERS = 3;
/** The occasions a document names with a date of their own, one per dated phrase. */
export function datedOccasions(corpus: Corpus, doc: Document): DatedOccasion[] {
  const t = doc.layers.tokens;
  if (!t) return [];
  const times = (doc.layers.times ?? []).filter((x) => statedDay(doc.text, doc.meta.published, x));
  if (times.length === 0) return [];
  const publisher = corpus.documentPublisher?.get(doc.id) ?? `p:${doc.id}`;
  const sentences = doc.layers.sentences ?? [];
  const out: DatedOccasion[] = [];
  for (let i = 0; i < t.count; i++) {
    if (posName(t.pos[i]) !== 'NOUN') continue;
    // Qualifiers between the owning date and the noun: adjectives and ordinals.
    let k = i - 1;
    while (k >= 0 && i - k <= MAX_QUALIFIERS && (posName(t.pos[k]) === 'ADJ' || posName(t.pos[k]) === 'NUM')) k--;
    // Only a date that owns the noun dates it: in "murder on Tuesday" or "after the debate on
    // Tuesday" the date may belong to the verb before ("was arrested for murder on Tuesday"). It
    // owns it as a possessive ("Tuesday's debate"), or when the verb's event took place inside the
    // occasion ("clashed in a debate on Tuesday", "spoke at a rally on Friday"): then the day is
    // the occasion's whichever the date qualifies.
    const possessive = k >= 1 && /^['’]s?$/.test(doc.text.slice(t.start[k], t.end[k]));
    const day = possessive ? times.find((x) => x.end === t.start[k]) : containingOccasionDay(doc, times, i);
    // WordNet is read last: few nouns have a date of their own.
    if (!day || !OCCASION_FILES.has(firstNounSenseFile(lemmaOf(t.lemma[i])) ?? -1)) continue;
    const qualifiers: string[] = [];
    for (let q = k + 1; q < i; q++) qualifiers.push(lemmaOf(t.lemma[q]).toLowerCase());
    const sentence = sentences[t.sentence[i]];
    if (!sentence) continue;
    const head = lemmaOf(t.lemma[i]).toLowerCase();
    out.push({ doc, publisher, name: [...qualifiers, head].join(' '), head, day, sentence: { start: sentence.start, end: sentence.end } });
  }
  return out;
}

/** Prepositions of an event inside an occasion: "in", "at", "during" the debate. */
const INSIDE = /^(?:in|at|during)$/i;
const DETERMINER = /^(?:a|an|the|this|its|their|his|her)$/i;
/** Tokens before the preposition searched for a verb of saying. */
const CLAUSE_REACH = 12;
/** A verb of saying anywhere in a text (CUE_WORD without its global state). */
const SAYING = new RegExp(CUE_WORD.source, 'u');
const MODIFIER = new Set(['ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN', 'VERB']);

/**
 * "in a televised debate on Tuesday", "traded accusations on Thursday night in the only debate":
 * the day right after the noun at `noun`, or right before its phrase, when the phrase opens with
 * a preposition of being inside the occasion. The phrase's modifiers may be adjectives, adverbs
 * ("the only debate"), numbers, nouns ("campaign rally") or participles ("televised").
 */
function containingOccasionDay(doc: Document, times: TimeExpression[], noun: number): TimeExpression | undefined {
  const t = doc.layers.tokens!;
  const word = (i: number) => doc.text.slice(t.start[i], t.end[i]);
  let k = noun - 1;
  while (k >= 0 && noun - k <= MAX_QUALIFIERS && MODIFIER.has(posName(t.pos[k])) && (posName(t.pos[k]) !== 'VERB' || /(?:ed|ing)$/i.test(word(k)))) k--;
  if (k >= 0 && DETERMINER.test(word(k))) k--;
  if (k < 0 || !INSIDE.test(word(k))) return undefined;
  // The vehicle of someone's words ("said in a statement on Tuesday", "in an interview on
  // Sunday") recurs: each outlet cites the statement or interview it saw, and a speaker gives
  // several. Only an occasion things happen in is dated this way.
  const clause = doc.text.slice(t.start[Math.max(0, k - CLAUSE_REACH)], t.start[k]).split(/[;:]/).pop()!;
  if (SPEECH_EVENT.test(word(noun)) || SAYING.test(clause)) return undefined;
  const preposition = k;
  // After the noun: the time expression may take its preposition in ("on Tuesday") or not.
  const after = noun + 1 < t.count && word(noun + 1).toLowerCase() === 'on'
    ? times.find((x) => x.start === t.start[noun + 1] || (noun + 2 < t.count && x.start === t.start[noun + 2]))
    : undefined;
  return after ?? times.find((x) => x.end <= t.start[preposition] && /^\s*$/.test(doc.text.slice(x.end, t.start[preposition])));
}

/** Named alike: one's qualifiers are all among the other's ("debate" / "televised debate"; not "first" / "second debate"). */
function namedAlike(x: DatedOccasion, y: DatedOccasion): boolean {
  const [a, b] = [x.name.split(' '), y.name.split(' ')];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}

/** A night told as either of two adjacent days ("late Saturday" / "early Sunday"). */
function toldAtNight(o: DatedOccasion): boolean {
  return nearMidnight(o.doc.text, o.day) || toldAsNight(o.doc.text.slice(o.sentence.start, o.sentence.end));
}

/**
 * Two independent publishers of one story dating the occasion they name with the same words on
 * different days. A report that dates that occasion on two days itself (a first and a second
 * vote, last week's debate and the next) tells of two occasions and is left out.
 */
export function datedOccasionConflicts(corpus: Corpus, documents: Document[], story: string, firstId: number): Conflict[] {
  // Per occasion name, each document's one dated mention (documents with two days left out).
  const byName = oneValuePerDocument(documents, (doc) => datedOccasions(corpus, doc), (o) => o.head, (x, y) => sameDay(x.day, y.day));
  const out: Conflict[] = [];
  for (const occasions of byName.values()) {
    for (let i = 0; i < occasions.length; i++) {
      for (let j = i + 1; j < occasions.length; j++) {
        const [x, y] = [occasions[i], occasions[j]];
        if (x.publisher === y.publisher || sameDay(x.day, y.day) || !namedAlike(x, y)) continue;
        if (adjacentDays(x.day, y.day) && (toldAtNight(x) || toldAtNight(y))) continue;
        const side = (o: DatedOccasion) => outletSide(o.publisher, o.doc, o.sentence, label(o.day));
        out.push({ id: `${story}:d${firstId + out.length}`, story, kind: 'date', about: `when the ${(x.name.length <= y.name.length ? x : y).name} took place`, sides: [side(x), side(y)] });
      }
    }
  }
  return out;
}
