/** Identifier of a document: a prefix of the SHA-256 of its original bytes, so re-ingesting is idempotent. */
export type DocId = string;

/**
 * The one span type. Offsets are UTF-16 code-unit indices into the document's original
 * input text (`Document.text`), end exclusive, so `doc.text.slice(start, end)` is the span.
 */
export interface Span {
  doc: DocId;
  start: number;
  end: number;
}

/** A span resolved for output: the dossier's evidence item. `text === original.slice(start, end)`. */
export interface Evidence {
  document: DocId;
  start: number;
  end: number;
  text: string;
  /** The sentence around the span, when the span lies in one. */
  sentence?: { start: number; end: number; text: string };
}

/** A half-open character range inside one document. */
export interface Range {
  start: number;
  end: number;
}
