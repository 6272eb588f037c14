import type { Corpus, ConflictSide, Divergence } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { Range } from '../model/span.js';
import type { Quote } from '../model/quote.js';
import { POS_TAGS } from '../model/document.js';
import { COMPARE_CONFIG } from './config.js';
import { lowerLemma } from './lower-lemma.js';
import { quotationKeys } from './spelling-key.js';

/**
 * A document's direct quotations long enough to compare, each with its speaker's entity and its
 * words as spelling keys ("realised" and "realized" are one wording spelt two ways).
 */
export function spokenQuotations(corpus: Corpus, doc: Document): { quote: Quote; speaker: string; words: string[] }[] {
  const out: { quote: Quote; speaker: string; words: string[] }[] = [];
  for (const { quote, speaker } of directQuotations(corpus, doc)) {
    if (!speaker) continue;
    const words = wordsOf(doc.text.slice(quote.content.start, quote.content.end));
    if (words.length >= COMPARE_CONFIG.wordingMinWords) out.push({ quote, speaker, words });
  }
  return out;
}

/** One sentence of a quotation as a comparable unit: its speaker, its words and its content lemmas. */
export interface QuotedSentence extends Range {
  doc: Document;
  publisher: string;
  /** The speaker's entity, or null when the report names no speaker the resolver knows. */
  speaker: string | null;
  /** The speaker as the report names them ("the officer"), or null. */
  speakerText: string | null;
  /** The quotation it belongs to: one pair of quotations gives one wording difference at most. */
  quote: Quote;
  /** Spelling keys of its words (spelling-key.ts). */
  words: string[];
  normalised: string;
  /** Lemmas of its content words, lower case: "close" of "closes", "help" of "helped". */
  lemmas: string[];
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

/** Words in brackets inside a quotation are the editor's ("the final (rule) language", "[The police] have"), not the speaker's. */
const EDITORIAL = /\([^()]*\)|\[[^\]]*\]/g;

function wordsOf(text: string): string[] {
  return quotationKeys(text.replace(EDITORIAL, ' ').match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Every direct quotation of a document, with its speaker's entity when the resolver knows one. */
export function directQuotations(corpus: Corpus, doc: Document): { quote: Quote; speaker: string | null }[] {
  const mentions = doc.layers.mentions ?? [];
  const out: { quote: Quote; speaker: string | null }[] = [];
  for (const quote of doc.layers.quotes ?? []) {
    if (quote.kind !== 'direct') continue;
    const range = quote.speakerRange;
    const index = range ? mentions.findIndex((m) => m.start < range.end && range.start < m.end) : -1;
    out.push({ quote, speaker: (index >= 0 ? corpus.mentionEntity?.get(`${doc.id}:${index}`) : undefined) ?? null });
  }
  return out;
}

/**
 * A quotation's sentences: outlets quote different stretches of one statement ("We were down
 * 14-0. So that dominated our thoughts" / "It was a funny game, we were down 14-0"), so a
 * reworded sentence inside a longer quotation is compared on its own.
 */
export function quotedSentences(doc: Document, publisher: string, quote: Quote, speaker: string | null): QuotedSentence[] {
  const tokens = doc.layers.tokens;
  const speakerText = quote.speakerRange ? doc.text.slice(quote.speakerRange.start, quote.speakerRange.end) : null;
  const minWords = speaker ? COMPARE_CONFIG.wordingMinWords : COMPARE_CONFIG.wordingUnattributedMinWords;
  const out: QuotedSentence[] = [];
  for (const s of doc.layers.sentences ?? []) {
    if (s.start >= quote.content.end) break;
    const start = Math.max(s.start, quote.content.start);
    const end = Math.min(s.end, quote.content.end);
    if (end <= start) continue;
    const text = doc.text.slice(start, end);
    const words = wordsOf(text);
    if (words.length < minWords) continue;
    const editorial = [...text.matchAll(EDITORIAL)].map((m) => [start + m.index!, start + m.index! + m[0].length]);
    const lemmas: string[] = [];
    if (tokens) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (tokens.start[i] < start || tokens.end[i] > end || !CONTENT_POS.has(POS_TAGS[tokens.pos[i]])) continue;
        if (editorial.some(([a, b]) => a <= tokens.start[i] && tokens.end[i] <= b)) continue;
        lemmas.push(lowerLemma(tokens.lemma[i]));
      }
    }
    out.push({ doc, publisher, speaker, speakerText, quote, start, end, words, normalised: words.join(' '), lemmas });
  }
  return out;
}

/**
 * One speaker's quotation in two wordings across publishers: the same resolved speaker, a
 * sentence of each quotation sharing most of its words, or most of its content words once
 * inflection is set aside ("I feel we weren't executing" / "I didn't feel we were executing"),
 * but not all. Often a real catch (a quoted e-mail or statement reworded), never a polarity
 * conflict from words inside the quotation. A sentence that one outlet quotes whole within the
 * other's is no difference, nor are the editor's words in brackets. A quoted sentence whose
 * report names no speaker is compared with the other speakers' sentences: the words themselves
 * say whose they are, and its side says the report did not.
 */
export function wordingDifferences(corpus: Corpus, docs: Document[], story: string, name: (entity: string) => string): Divergence[] {
  // Quoted sentences grouped by speaker: only one speaker's quotations are ever compared.
  const bySpeaker = new Map<string, QuotedSentence[]>();
  const unattributed: QuotedSentence[] = [];
  for (const doc of docs) {
    const publisher = corpus.documentPublisher?.get(doc.id) ?? `p:${doc.id}`;
    for (const { quote, speaker } of directQuotations(corpus, doc)) {
      const list = speaker ? bySpeaker.get(speaker) ?? bySpeaker.set(speaker, []).get(speaker)! : unattributed;
      list.push(...quotedSentences(doc, publisher, quote, speaker));
    }
  }
  const out: Divergence[] = [];
  const side = (u: QuotedSentence, speaker: string): ConflictSide => ({
    publisher: u.publisher,
    value: u.doc.text.slice(u.start, u.end),
    evidence: { doc: u.doc.id, start: u.start, end: u.end },
    published: u.doc.meta.published ?? null,
    attribution: u.speaker ? { kind: 'speaker', name: name(speaker), entity: speaker, quoted: true } : { kind: 'speaker', name: u.speakerText ? `${u.speakerText}, no speaker named` : 'no speaker named', quoted: true },
  });
  // The best pair of sentences for each pair of quotations; an unattributed quotation goes to one speaker only.
  const best = new Map<string, { x: QuotedSentence; y: QuotedSentence; speaker: string; score: number }>();
  const consider = (x: QuotedSentence, y: QuotedSentence, speaker: string) => {
    if (x.publisher === y.publisher || x.normalised.includes(y.normalised) || y.normalised.includes(x.normalised)) return;
    const score = Math.max(overlap(x.words, y.words), overlap(x.lemmas, y.lemmas));
    if (score < COMPARE_CONFIG.wordingMinOverlap) return;
    const key = y.speaker ? `${x.doc.id}:${x.quote.start}|${y.doc.id}:${y.quote.start}` : `${y.doc.id}:${y.quote.start}`;
    if ((best.get(key)?.score ?? -1) < score) best.set(key, { x, y, speaker, score });
  };
  for (const [speaker, units] of bySpeaker) {
    for (let i = 0; i < units.length; i++) {
      for (let j = i + 1; j < units.length; j++) consider(units[i], units[j], speaker);
      for (const u of unattributed) consider(units[i], u, speaker);
    }
  }
  for (const { x, y, speaker } of best.values()) out.push({ id: `${story}:w${out.length + 1}`, story, kind: 'wording', about: `${name(speaker)}'s words as quoted`, sides: [side(x, speaker), side(y, speaker)] });
  return out;
}

/** Jaccard overlap of two word lists as sets. */
export function overlap(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  for (const w of sa) if (sb.has(w)) inter++;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 0 : inter / union;
}
