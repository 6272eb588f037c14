import type { ReviewStore } from './reviews.js';
import type { Document, DocumentMeta } from '../model/document.js';
import type { Dossier, DossierEntity } from '../model/dossier.js';
import type { SaveStoriesOptions, StoredMention, StoredNamesake } from './live-types.js';
import type { LiveCorpusConfig } from './live-config.js';
import type { JobQueue } from './queue/types.js';

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
  /** When the story's content last changed (ISO time): a run that leaves it as it was keeps it. */
  updated: string;
}

/** A story id retired by a merge: links to it now lead to `into`. */
export interface StoryMerge {
  id: string;
  into: string;
  /** When it was merged away (ISO time, the change feed's clock). */
  at: string;
}

/** One page of a list: at most `limit` rows after the row whose page key is `after`. */
export interface PageQuery {
  limit?: number;
  /** The page key of the previous page's last row (see pageKey in src/server/pagination.ts). */
  after?: string[];
}

export interface EntitySummary {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  stories: number;
}

/**
 * An entity as a reader asks for it: its record, and the stories of one page (earliest first)
 * with the roles and mentions those stories give it. An entity many stories name is read a page
 * at a time, never whole.
 */
export interface StoredEntity extends DossierEntity {
  stories: { id: string; title: string }[];
  /** Every story naming the entity, not only this page's. */
  storyCount: number;
  /** The page key after this page's last story, or null on the last page. */
  nextAfter: string[] | null;
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
/** What the store keeps of a document for the story grouper (story-keys.ts's StoryIndexTerms). */
export interface StoredDocumentIndex {
  keys: string[];
  terms: string[] | null;
}

export interface StoredStoryState {
  id: string;
  run: number;
  documents: string[];
}

/** Where a document stands between POST and its story. */
export interface DocumentState {
  annotated: boolean;
  /** The analysis run that covered it, or null while it waits for one. */
  run: number | null;
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
  /**
   * The annotated documents of `ids` in loadDocuments' order, each with a version of its stored
   * layers that changes whenever they are written again (a worker's document cache checks it).
   */
  layerVersions(ids: string[]): Promise<{ id: string; version: string }[]>;
  /** Documents by publication date (undated last), then id. */
  listDocuments(page?: PageQuery): Promise<DocumentSummary[]>;
  /**
   * Replaces the corpus-stage results with a new run's, atomically, and records the documents
   * it covered (`covered`, default the dossier's documents). Returns the run id.
   */
  saveAnalysis(dossier: Dossier, info?: Record<string, unknown>, covered?: string[]): Promise<number>;
  /** Replaces some stored stories (`replaces`) by a run's, atomically; the others stay as stored. Returns the run id. */
  saveStories(dossier: Dossier, opts: SaveStoriesOptions): Promise<number>;
  /** The stored stories that hold any of `documents` or are candidates of one of them (by its blocking keys, `keys` by document), with their documents. */
  storyContext(documents: string[], keys: Map<string, string[]>, config: LiveCorpusConfig): Promise<StoredStoryState[]>;
  /** Every stored story with its documents (a whole-corpus run matches its stories on them). */
  allStories(): Promise<StoredStoryState[]>;
  /** Stored entity mentions of the given documents (or all), by span. */
  entityMentions(documents: string[] | 'all'): Promise<StoredMention[]>;
  /** Stored entities with a spelling whose name key (name-key.ts) is one of `keys`, with their keys. */
  entityNamesakes(keys: string[]): Promise<StoredNamesake[]>;
  /** Corpus-wide counts of the given grouper terms (storyIndexTerms), and how many documents were counted. */
  termCounts(terms: string[]): Promise<{ documents: number; counts: Map<string, number> }>;
  /** Stored blocking keys and grouper terms of the given documents (those that have keys; terms are null when keyed before they were stored). */
  documentIndex(documents: string[]): Promise<Map<string, StoredDocumentIndex>>;
  /** Documents outside the latest analysis, and documents nobody will annotate. */
  pendingWork(): Promise<PendingWork>;
  /** Annotated documents no saved analysis covers yet, in publication order. */
  unanalysedDocuments(): Promise<string[]>;
  /** Stories, latest news first; with `since`, the stories changed after that time (oldest change first). */
  listStories(page?: PageQuery & { since?: string }): Promise<StorySummary[]>;
  /**
   * The story ids merged away after the change-feed key `after` ([time, id]) and up to `until`
   * (inclusive; none: up to now), oldest first: a client following `since` drops them.
   */
  storyMerges(after: string[], until?: string[]): Promise<StoryMerge[]>;
  /** Entities by name, then id. */
  listEntities(page?: PageQuery): Promise<EntitySummary[]>;
  /** A value that changes whenever a list could: the latest run, and how many documents are stored and annotated. */
  corpusVersion(): Promise<string>;
  /** The story's content hash (its ETag), or null when there is no such story. */
  storyVersion(id: string): Promise<string | null>;
  /** The dossier restricted to one story and its documents. */
  getStoryDossier(id: string): Promise<Dossier | null>;
  /** The stories a document belongs to, with their dossiers. */
  storiesOfDocument(id: string): Promise<Dossier[]>;
  getEntity(id: string, page?: PageQuery): Promise<StoredEntity | null>;
  search(q: string, limit?: number): Promise<SearchHit[]>;
  counts(): Promise<{ documents: number; annotated: number; stories: number; entities: number; runs: number }>;
  /** Whether a document is annotated and which saved analysis covered it; null when it is not stored. */
  documentState(id: string): Promise<DocumentState | null>;
  /**
   * The job queue (pg-boss) on this store's database, started on first use: a command that never
   * queues pays nothing for it. Closed with the store.
   */
  queue(): Promise<JobQueue>;
  /** Reviewers' verdicts on claims (src/store/reviews.ts). */
  reviews(): ReviewStore;
  close(): Promise<void>;
}

export type { DocumentMeta };
