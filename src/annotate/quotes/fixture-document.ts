import type { Document, Sentence, TokenColumns } from '../../model/document.js';

/**
 * Builds a Document for tests of the annotators that read sentences and tokens, without the
 * real splitter or tokenizer: sentences end at . ! ? (optionally followed by a closing quote)
 * before whitespace, tokens are words or single punctuation marks, and POS is left unknown ('X'),
 * so the annotators are tested on the text-only path they must handle anyway.
 */
export function fixtureDocument(text: string, sentenceRanges?: Array<[number, number]>): Document {
  const ranges = sentenceRanges ?? splitNaively(text);
  const starts: number[] = [];
  const ends: number[] = [];
  const sentenceOf: number[] = [];
  const sentences: Sentence[] = ranges.map(([start, end], index) => {
    const tokenStart = starts.length;
    const token = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]|\S/gu;
    const slice = text.slice(start, end);
    for (let m = token.exec(slice); m; m = token.exec(slice)) {
      starts.push(start + m.index);
      ends.push(start + m.index + m[0].length);
      sentenceOf.push(index);
    }
    return { start, end, tokenStart, tokenEnd: starts.length };
  });
  const tokens: TokenColumns = {
    count: starts.length,
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
    pos: new Uint8Array(starts.length),
    sentence: Int32Array.from(sentenceOf),
    lemma: new Uint32Array(starts.length),
  };
  return {
    id: 'fixture',
    source: 'fixture',
    format: 'text',
    text,
    meta: {
      title: null, byline: null, outlet: null, url: null, published: null, publishedPrecision: null,
      zone: null, language: 'en', syndicatedFrom: null, evidence: {},
    },
    contentHash: '',
    layers: { sentences, tokens },
  };
}

function splitNaively(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const sentence = /\S[^]*?(?:[.!?][”"’]?(?=\s|$)|(?=\n\s*\n)|$)/g;
  for (let m = sentence.exec(text); m; m = sentence.exec(text)) {
    if (m[0].length === 0) { sentence.lastIndex++; continue; }
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
