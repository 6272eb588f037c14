import type { DocumentMeta } from '../model/document.js';
import type { StoredEntity } from '../store/types.js';

/** What GET /api/documents/:id answers; shared with the web UI, so free of Node imports. */
export interface ViewSpan {
  layer: string;
  kind: string;
  start: number;
  end: number;
  label: string | null;
  /** The corpus entity a mention resolved to. */
  entity?: string;
  /** The aligned claims (story and claim id) whose evidence lies here. */
  claims?: { story: string; claim: string; status: string }[];
}

export interface DocumentView {
  id: string;
  source: string;
  format: string;
  meta: DocumentMeta;
  text: string;
  annotated: boolean;
  stories: { id: string; title: string; publisher: string | null }[];
  spans: ViewSpan[];
}

/** Where a document stands: the answer of GET /api/documents/:id/status. */
export interface DocumentStatus {
  id: string;
  /** queued → annotating → annotated (waiting for its corpus run) → analysed; or failed. */
  status: 'queued' | 'annotating' | 'annotated' | 'analysed' | 'failed';
  /** Annotation attempts made so far. */
  attempts: number;
  /** The last failed attempt's error (a retry may still follow while status is queued). */
  error: string | null;
  /** The stories it joined, once analysed. */
  stories: { id: string; title: string }[];
}

/**
 * What GET /api/entities/:id answers: the entity with one page of the stories naming it and the
 * roles and mentions they give it; `next` asks for the following page (`?cursor=`), null on the last.
 */
export type EntityView = Omit<StoredEntity, 'nextAfter'> & { next: string | null };
