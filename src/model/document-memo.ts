import type { Document } from './document.js';

/**
 * Values derived from one document's annotation alone, shared between the copies of the document
 * a live corpus's worker hands to its successive updates (src/store/document-cache.ts): the
 * grouper's per-document features and signatures were computed again for every loaded document
 * at every update, though nothing in them changes between updates.
 *
 * Only documents the owner of a memo registered (shareDocumentMemo) are memoised: elsewhere (a
 * batch run, an evaluation that runs the stages twice over documents a stage wrote to) every
 * call computes afresh. `compute` is given the registered source document, the annotation as
 * stored, which no corpus stage writes to, so a value does not depend on which update asked
 * first. Callers must not change the value they get.
 */
interface Memo {
  source: Document;
  values: Map<string, unknown>;
}

const memos = new WeakMap<Document, Memo>();

/** Makes `view` share `values` (one per stored document, kept by the caller) computed from `source`. */
export function shareDocumentMemo(view: Document, source: Document, values: Map<string, unknown>): void {
  memos.set(view, { source, values });
}

/** `compute(doc)`, remembered under `name` when the document's owner shares a memo for it. */
export function documentMemo<T>(doc: Document, name: string, compute: (doc: Document) => T): T {
  const memo = memos.get(doc);
  if (!memo) return compute(doc);
  if (memo.values.has(name)) return memo.values.get(name) as T;
  const value = compute(memo.source);
  memo.values.set(name, value);
  return value;
}
