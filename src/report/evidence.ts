import type { Document } from '../model/document.js';
import type { Evidence, Span } from '../model/span.js';

/** Resolves spans to evidence items, with the sentence around each when there is one. */
export class EvidenceResolver {
  private readonly docs: Map<string, Document>;

  constructor(docs: Document[]) {
    this.docs = new Map(docs.map((d) => [d.id, d]));
  }

  resolve(span: Span, withSentence = true): Evidence {
    const doc = this.docs.get(span.doc);
    if (!doc) throw new Error(`evidence points to unknown document ${span.doc}`);
    const ev: Evidence = { document: span.doc, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
    if (withSentence) {
      const s = sentenceAround(doc, span.start, span.end);
      if (s && (s.start !== span.start || s.end !== span.end)) ev.sentence = { ...s, text: doc.text.slice(s.start, s.end) };
    }
    return ev;
  }

  document(id: string): Document | undefined {
    return this.docs.get(id);
  }
}

function sentenceAround(doc: Document, start: number, end: number): { start: number; end: number } | null {
  const sentences = doc.layers.sentences ?? [];
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s.end <= start) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return end <= s.end ? { start: s.start, end: s.end } : null;
  }
  return null;
}
