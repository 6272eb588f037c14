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

/**
 * An event a report names by a noun and dates in the same phrase: "Tuesday's debate",
 * "Wednesday's first debate", "Sunday's vote". Such an occasion recurs (there are many debates),
 * so the noun alone never makes two reports one event; but a story is one event, and when each
 * of two publishers' reports in it dates that occasion, named with the same words, on one day
 * only, the two are dating one occasion, and two days disagree.
 */
export interface DatedOccasion {
  doc: Document;
  publisher: string;
  /** The noun's lemma with the words that qualify it ("first presidential debate"), lower case. */
  name: string;
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
    // Only a date that owns the noun dates it: in "the debate on Tuesday" or "murder on Tuesday"
    // the date may belong to the verb before ("was arrested for murder on Tuesday").
    const possessive = k >= 1 && /^['’]s?$/.test(doc.text.slice(t.start[k], t.end[k]));
    const day = possessive ? times.find((x) => x.end === t.start[k]) : undefined;
    // WordNet is read last: few nouns have a date of their own.
    if (!day || !OCCASION_FILES.has(firstNounSenseFile(lemmaOf(t.lemma[i])) ?? -1)) continue;
    const qualifiers: string[] = [];
    for (let q = k + 1; q < i; q++) qualifiers.push(lemmaOf(t.lemma[q]).toLowerCase());
    const sentence = sentences[t.sentence[i]];
    if (!sentence) continue;
    out.push({ doc, publisher, name: [...qualifiers, lemmaOf(t.lemma[i]).toLowerCase()].join(' '), day, sentence: { start: sentence.start, end: sentence.end } });
  }
  return out;
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
  const byName = oneValuePerDocument(documents, (doc) => datedOccasions(corpus, doc), (o) => o.name, (x, y) => sameDay(x.day, y.day));
  const out: Conflict[] = [];
  for (const [name, occasions] of byName) {
    for (let i = 0; i < occasions.length; i++) {
      for (let j = i + 1; j < occasions.length; j++) {
        const [x, y] = [occasions[i], occasions[j]];
        if (x.publisher === y.publisher || sameDay(x.day, y.day)) continue;
        if (adjacentDays(x.day, y.day) && (toldAtNight(x) || toldAtNight(y))) continue;
        const side = (o: DatedOccasion) => outletSide(o.publisher, o.doc, o.sentence, label(o.day));
        out.push({ id: `${story}:d${firstId + out.length}`, story, kind: 'date', about: `when the ${name} took place`, sides: [side(x), side(y)] });
      }
    }
  }
  return out;
}
