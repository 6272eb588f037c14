import type { LiveCorpusConfig } from './live-config.js';

// The live corpus's record types, free of Node imports: the web UI reads the store's types too.

/** One stored entity mention: which entity holds the span. */
export interface StoredMention {
  entity: string;
  doc: string;
  start: number;
  end: number;
}

/** A stored entity that an update's new entity may be (they share a spelling's name key), held by stories the update did not load. */
export interface StoredNamesake {
  id: string;
  type: string;
  name: string;
  /** Name keys (name-key.ts) of its stored spellings. */
  keys: string[];
}

/** An id that no longer names a record of its own: it now resolves to `to`. */
export interface Redirect {
  kind: 'story' | 'entity';
  from: string;
  to: string;
}

/** What a run read, so the save can tell whether another process changed it meanwhile. */
export interface ReadState {
  /** The stored stories the run loaded, with the run that saved each. */
  stories: { id: string; run: number }[];
  /** Blocking keys of each of the run's new documents: their candidate stories must be the ones loaded. */
  keys: Map<string, string[]>;
  /** The documents the run read. */
  documents: string[];
  config: LiveCorpusConfig;
}

export interface SaveStoriesOptions {
  info?: Record<string, unknown>;
  /** Documents the run read (default: the dossier's). */
  covered?: string[];
  /** Stored stories the run's stories replace; 'all' for a whole-corpus run. */
  replaces: string[] | 'all';
  redirects?: Redirect[];
  /**
   * Blocking keys and grouper terms of documents that have none stored yet: stored, and the terms
   * added to the corpus-wide counts for the documents whose keys this save stores first.
   */
  documentIndex?: Map<string, { keys: string[]; terms: string[] }>;
  /** Grouper terms of documents whose keys were stored before their terms were (counted already): stored where still missing. */
  documentTerms?: Map<string, string[]>;
  /** Checked before writing: a mismatch throws StaleAnalysisError and nothing is written. */
  read?: ReadState;
}
