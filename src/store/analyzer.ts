import type { Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { Dossier } from '../model/dossier.js';

/** An input the batch skipped, with why (the ingest stage's InputError satisfies it). */
export interface InputProblem {
  input: string;
  reason: string;
  message: string;
}

/**
 * The pipeline as the store and server use it. Passed in, not imported, so the store stays a
 * store and tests can run the application over a stub pipeline.
 */
export interface Analyzer {
  ingestRecord(record: Record<string, unknown>, source: string): Document;
  /** Per-document stages only. */
  annotateDocument(doc: Document): Document;
  /** Corpus stages over already annotated documents. */
  analyzeCorpus(docs: Document[]): Corpus;
  buildDossier(corpus: Corpus, errors: InputProblem[], opts?: { includeText?: boolean }): Dossier;
}
