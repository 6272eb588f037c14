import type { Corpus, CorpusTermStats } from '../model/corpus.js';
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
  analyzeCorpus(docs: Document[], opts?: CorpusRunOptions): Corpus;
  buildDossier(corpus: Corpus, errors: InputProblem[], opts?: { includeText?: boolean }): Dossier;
}

export interface CorpusRunOptions {
  /**
   * Called after each corpus stage, before the next reads its output: the store renames the
   * resolver's entities and the grouper's stories to their stable ids there, so every later
   * stage (claim and conflict ids carry the story's) is built on the ids that are kept.
   */
  afterStage?: (stage: string, corpus: Corpus) => void;
  /** The whole corpus's term counts, when the run reads only part of it (an incremental update). */
  termStats?: CorpusTermStats;
}
