import type { DocumentComponent } from '../../pipeline/component.js';
import type { Document, Sentence } from '../../model/document.js';
import { tokenizeParagraph } from './tokenize.js';
import { lemmaId } from './vocabulary.js';

/**
 * Sentences and tokens of the body, in original offsets. Each cleaned segment is a paragraph of
 * the original, so a paragraph's offsets map back by adding its start; no sentence crosses one.
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
    for (const seg of cleaned.segments) {
      const paragraph = doc.text.slice(seg.origStart, seg.origStart + seg.length);
      for (const s of tokenizeParagraph(paragraph)) {
        const tokenStart = starts.length;
        for (const t of s.tokens) {
          starts.push(seg.origStart + t.start);
          ends.push(seg.origStart + t.end);
          pos.push(t.pos);
          lemma.push(lemmaId(t.lemma));
          sentenceOf.push(sentences.length);
        }
        sentences.push({ start: seg.origStart + s.start, end: seg.origStart + s.end, tokenStart, tokenEnd: starts.length });
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
