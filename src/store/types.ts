import type { ReviewStore } from './reviews.js';
import type { Document, DocumentMeta } from '../model/document.js';
import type { Dossier, DossierEntity } from '../model/dossier.js';
import type { StoredMention } from './corpus-ids.js';
import type { LiveCorpusConfig } from './live-config.js';
import type { SaveStoriesOptions } from './story-writer.js';

export interface AddResult {
  /** Ids stored by this call. */
  added: string[];
  /** Ids already present (same content hash): left as they were, or completed when they lacked layers. */
  existing: string[];
}

export interface DocumentSummary {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  annotated: boolean;
}

export interface StorySummary {
  id: string;
  title: string;
  earliest: string | null;
  latest: string | null;
  /** Independent publishers: syndicated copies count once. */
  publishers: number;
  documents: number;
  claims: number;
  conflicts: number;
}

export interface StoredEntity extends DossierEntity {
  stories: { id: string; title: string }[];
}

export interface SearchHit {
  kind: 'document' | 'entity' | 'story' | 'claim';
  id: string;
  title: string;
  /** A few words around the match, plain text. */
  snippet?: string;
  story?: string;
  /** An entity's claims, by story and claim id: every claim whose evidence mentions it. */
  claims?: { story: string; id: string }[];
}

/** Work a crashed or interrupted process left: found whenever a command opens the store. */
export interface PendingWork {
  /** Annotated documents the latest saved analysis did not cover (so in no story yet). */
  unanalysed: number;
  /** Documents stored for annotation that no queued, running or failed job will annotate. */
  unannotated: string[];
}

/** A stored story as an update reads it: its documents and the run that saved it. */
export interface StoredStoryState {
  id: string;
  run: number;
  documents: string[];
}

export interface Job {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
}

export interface StoredDocument extends Document {
  html: string | null;
  annotated: boolean;
}

/**
 * The corpus on disk. Two implementations (embedded PGlite, PostgreSQL server) share one SQL
 * dialect and one schema; every method that writes does so in a transaction.
 */
export interface Store {
  readonly engine: 'pglite' | 'postgres';
  /**
   * Stores documents, each in its own transaction with all its layers and spans, so a crash
   * between two leaves whole documents only. Idempotent on the content hash. `annotated: false`
   * stores what ingest produced and marks the document for annotation (default true).
   */
  addDocuments(docs: Document[], opts?: { html?: Map<string, string>; annotated?: boolean }): Promise<AddResult>;
  /** Replaces a stored document's layers (a worker finishing annotation). */
  saveLayers(doc: Document): Promise<void>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Stored documents with their layers (every one, or `ids`); `annotated` restricts to those whose per-document stages ran. */
  loadDocuments(opts?: { annotated?: boolean; ids?: string[] }): Promise<Document[]>;
  listDocuments(): Promise<DocumentSummary[]>;
  /**
   * Replaces the corpus-stage results with a new run's, atomically, and records the documents
   * it covered (`covered`, default the dossier's documents). Returns the run id.
   */
  saveAnalysis(dossier: Dossier, info?: Record<string, unknown>, covered?: string[]): Promise<number>;
  /** Replaces some stored stories (`replaces`) by a run's, atomically; the others stay as stored. Returns the run id. */
  saveStories(dossier: Dossier, opts: SaveStoriesOptions): Promise<number>;
  /** The stored stories that hold any of `documents` or share a blocking key with them (candidates), with their documents. */
  storyContext(documents: string[], keys: string[], config: LiveCorpusConfig): Promise<StoredStoryState[]>;
  /** Every stored story with its documents (a whole-corpus run matches its stories on them). */
  allStories(): Promise<StoredStoryState[]>;
  /** Stored entity mentions of the given documents (or all), by span. */
  entityMentions(documents: string[] | 'all'): Promise<StoredMention[]>;
  /** Stored blocking keys of the given documents (those that have them). */
  documentKeys(documents: string[]): Promise<Map<string, string[]>>;
  /** Documents outside the latest analysis, and documents nobody will annotate. */
  pendingWork(): Promise<PendingWork>;
  /** Annotated documents no saved analysis covers yet, in publication order. */
  unanalysedDocuments(): Promise<string[]>;
  listStories(): Promise<StorySummary[]>;
  /** The dossier restricted to one story and its documents. */
  getStoryDossier(id: string): Promise<Dossier | null>;
  /** The stories a document belongs to, with their dossiers. */
  storiesOfDocument(id: string): Promise<Dossier[]>;
  getEntity(id: string): Promise<StoredEntity | null>;
  search(q: string, limit?: number): Promise<SearchHit[]>;
  counts(): Promise<{ documents: number; annotated: number; stories: number; entities: number; runs: number }>;
  /** Queues jobs; `unique` queues nothing when a job of the kind is already waiting. */
  enqueue(kind: string, payloads: unknown[], opts?: { unique?: boolean }): Promise<number[]>;
  /** Claims the oldest queued job of a kind; concurrent workers never get the same one. */
  claimJob(kinds: string[], worker: string): Promise<Job | null>;
  finishJob(id: number, error?: string): Promise<void>;
  jobCounts(): Promise<Record<string, number>>;
  /** Reviewers' verdicts on claims (src/store/reviews.ts). */
  reviews(): ReviewStore;
  close(): Promise<void>;
}

export type { DocumentMeta };
