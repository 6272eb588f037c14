import type { DocumentComponent } from '../../pipeline/component.js';
import type { Document, Sentence } from '../../model/document.js';
import { tokenizeParagraph } from './tokenize.js';
import { lemmaId } from './vocabulary.js';
import { paragraphs, toOriginal, toOriginalEnd } from '../../clean/offset-map.js';

/**
 * Sentences and tokens of the body, in original offsets. The tokeniser reads the cleaned text,
 * folded for matching ("Kar\u200Bimi" is one word), paragraph by paragraph (no sentence crosses
 * one); the offset map takes each token back to the original, invisible characters inside it.
 */
export const tokensComponent: DocumentComponent = {
  kind: 'document',
  name: 'tokens',
  requires: ['cleaned'],
  produces: ['sentences', 'tokens'],
  process(doc: Document) {
    const cleaned = doc.layers.cleaned!;
    const starts: number[] = [];
    const ends: number[] = [];
    const pos: number[] = [];
    const sentenceOf: number[] = [];
    const lemma: number[] = [];
    const sentences: Sentence[] = [];
    for (const para of paragraphs(cleaned)) {
      const paragraph = cleaned.text.slice(para.start, para.end);
      const start = (at: number) => toOriginal(cleaned, para.start + at);
      const end = (at: number) => toOriginalEnd(cleaned, para.start + at);
      for (const s of tokenizeParagraph(paragraph)) {
        const tokenStart = starts.length;
        for (const t of s.tokens) {
          starts.push(start(t.start));
          ends.push(end(t.end));
          pos.push(t.pos);
          lemma.push(lemmaId(t.lemma));
          sentenceOf.push(sentences.length);
        }
        sentences.push({ start: start(s.start), end: end(s.end), tokenStart, tokenEnd: starts.length });
      }
    }
    doc.layers.sentences = sentences;
    doc.layers.tokens = {
      count: starts.length,
      start: Int32Array.from(starts),
      end: Int32Array.from(ends),
      pos: Uint8Array.from(pos),
      sentence: Int32Array.from(sentenceOf),
      lemma: Uint32Array.from(lemma),
    };
  },
};
