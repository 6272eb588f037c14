import type { DocumentMeta } from '../model/document.js';

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

