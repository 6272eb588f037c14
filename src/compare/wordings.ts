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
  const mentions = doc.layers.mentions ?? [];
  const out: { quote: Quote; speaker: string; words: string[] }[] = [];
  for (const quote of doc.layers.quotes ?? []) {
    if (quote.kind !== 'direct' || !quote.speakerRange) continue;
    const index = mentions.findIndex((m) => m.start < quote.speakerRange!.end && quote.speakerRange!.start < m.end);
    const speaker = index >= 0 ? corpus.mentionEntity?.get(`${doc.id}:${index}`) : undefined;
    if (!speaker) continue;
    const words = wordsOf(doc.text.slice(quote.content.start, quote.content.end));
    if (words.length >= COMPARE_CONFIG.wordingMinWords) out.push({ quote, speaker, words });
  }
  return out;
}

/** One sentence of a quotation as a comparable unit: its speaker's entity, its words and its content lemmas. */
interface QuotedSentence extends Range {
  doc: Document;
  publisher: string;
  speaker: string;
  /** The quotation it belongs to: one pair of quotations gives one wording difference at most. */
  quote: Quote;
  /** Spelling keys of its words (spelling-key.ts). */
  words: string[];
  normalised: string;
  /** Lemmas of its content words, lower case: "close" of "closes", "help" of "helped". */
  lemmas: string[];
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

function wordsOf(text: string): string[] {
  return quotationKeys(text.match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * A quotation's sentences: outlets quote different stretches of one statement ("We were down
 * 14-0. So that dominated our thoughts" / "It was a funny game, we were down 14-0"), so a
 * reworded sentence inside a longer quotation is compared on its own.
 */
function quotedSentences(doc: Document, publisher: string, quote: Quote, speaker: string): QuotedSentence[] {
  const tokens = doc.layers.tokens;
  const out: QuotedSentence[] = [];
  for (const s of doc.layers.sentences ?? []) {
    const start = Math.max(s.start, quote.content.start);
    const end = Math.min(s.end, quote.content.end);
    if (end <= start) continue;
    const words = wordsOf(doc.text.slice(start, end));
    if (words.length < COMPARE_CONFIG.wordingMinWords) continue;
    const lemmas: string[] = [];
    if (tokens) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (tokens.start[i] >= start && tokens.end[i] <= end && CONTENT_POS.has(POS_TAGS[tokens.pos[i]])) lemmas.push(lowerLemma(tokens.lemma[i]));
      }
    }
    out.push({ doc, publisher, speaker, quote, start, end, words, normalised: words.join(' '), lemmas });
  }
  return out;
}

/**
 * One speaker's quotation in two wordings across publishers: the same resolved speaker, a
 * sentence of each quotation sharing most of its words, or most of its content words once
 * inflection is set aside ("I feel we weren't executing" / "I didn't feel we were executing"),
 * but not all. Often a real catch (a quoted e-mail or statement reworded), never a polarity
 * conflict from words inside the quotation. A sentence that one outlet quotes whole within the
 * other's is no difference.
 */
export function wordingDifferences(corpus: Corpus, docs: Document[], story: string, name: (entity: string) => string): Divergence[] {
  // Quoted sentences grouped by speaker: only one speaker's quotations are ever compared.
  const bySpeaker = new Map<string, QuotedSentence[]>();
  for (const doc of docs) {
    const publisher = corpus.documentPublisher?.get(doc.id) ?? `p:${doc.id}`;
    for (const { quote, speaker } of spokenQuotations(corpus, doc)) {
      const list = bySpeaker.get(speaker) ?? bySpeaker.set(speaker, []).get(speaker)!;
      list.push(...quotedSentences(doc, publisher, quote, speaker));
    }
  }
  const out: Divergence[] = [];
  const side = (u: QuotedSentence): ConflictSide => ({ publisher: u.publisher, value: u.doc.text.slice(u.start, u.end), evidence: { doc: u.doc.id, start: u.start, end: u.end }, published: u.doc.meta.published ?? null, attribution: { kind: 'speaker', name: name(u.speaker), entity: u.speaker, quoted: true } });
  for (const units of bySpeaker.values()) {
    // The best pair of sentences for each pair of quotations.
    const best = new Map<string, { x: QuotedSentence; y: QuotedSentence; score: number }>();
    for (let i = 0; i < units.length; i++) {
      for (let j = i + 1; j < units.length; j++) {
        const x = units[i];
        const y = units[j];
        if (x.publisher === y.publisher || x.normalised.includes(y.normalised) || y.normalised.includes(x.normalised)) continue;
        const score = Math.max(overlap(x.words, y.words), overlap(x.lemmas, y.lemmas));
        if (score < COMPARE_CONFIG.wordingMinOverlap) continue;
        const key = `${x.doc.id}:${x.quote.start}|${y.doc.id}:${y.quote.start}`;
        if ((best.get(key)?.score ?? -1) < score) best.set(key, { x, y, score });
      }
    }
    for (const { x, y } of best.values()) out.push({ id: `${story}:w${out.length + 1}`, story, kind: 'wording', about: `${name(x.speaker)}'s words as quoted`, sides: [side(x), side(y)] });
  }
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
