import type { Document } from '../model/document.js';

/** The analysed body of a document: its cleaned text, or the original when clean did not run. */
export function bodyText(doc: Document): string {
  return doc.layers.cleaned?.text ?? doc.text;
}
