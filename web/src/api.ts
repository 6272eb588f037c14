import type { Dossier } from '../../src/model/dossier.js';
import type { DocumentStatus, DocumentView, EntityView } from '../../src/server/view-types.js';
import type { SearchHit, StorySummary } from '../../src/store/types.js';

export type { Dossier, DocumentStatus, DocumentView, EntityView, SearchHit, StorySummary };

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

/** The ETag of the last answer to each GET path: a watcher asks whether it changed since. */
const etags = new Map<string, string>();

/** Where the page keeps the server's token for this tab (the upload form's token field writes it too). */
export const TOKEN_KEY = 'triangulate-token';

/**
 * A link such as `/?token=...` hands the page its token once: it is kept in sessionStorage (this
 * tab only, gone when it closes) and taken out of the address bar, so it is not left in history,
 * bookmarks or a Referer header.
 */
function captureTokenFromUrl(): void {
  if (typeof location === 'undefined' || typeof sessionStorage === 'undefined') return;
  const url = new URL(location.href);
  const given = url.searchParams.get('token');
  if (given === null) return;
  if (given) sessionStorage.setItem(TOKEN_KEY, given);
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}
captureTokenFromUrl();

/** The token to send, if this tab was given one: a server beyond localhost asks it for reads too. */
export function storedToken(): string | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(TOKEN_KEY) || null;
}

export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  const token = storedToken();
  if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(path, { ...init, headers });
  const body = await res.json().catch(() => ({ error: 'invalid-response', message: `HTTP ${res.status}` }));
  if (!res.ok) throw new ApiFailure(res.status, body.error, body.message ?? `HTTP ${res.status}`);
  const etag = res.headers.get('etag');
  if (etag && (init?.method ?? 'GET') === 'GET') etags.set(path, etag);
  return body as T;
}

/** Whether what `path` answered last time changed: a conditional GET, 304 when it did not. */
async function changed(path: string): Promise<boolean> {
  const etag = etags.get(path);
  if (!etag) return false;
  const token = storedToken();
  const res = await fetch(path, { headers: { 'if-none-match': etag, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (res.status !== 200) return false;
  const now = res.headers.get('etag');
  if (now) etags.set(path, now);
  return now !== etag;
}

/**
 * Calls `onChange` when the resource at `path` (already fetched once) changes, checking every
 * `everyMs` with If-None-Match (an unchanged story costs a 304 and no body). Returns a stop function.
 */
export function watch(path: string, onChange: () => void, everyMs = 5000): () => void {
  let stopped = false;
  const timer = setInterval(() => {
    if (document.hidden) return;
    void changed(path).then((yes) => { if (yes && !stopped) onChange(); }, () => undefined);
  }, everyMs);
  return () => { stopped = true; clearInterval(timer); };
}

export const storyPath = (id: string) => `api/stories/${encodeURIComponent(id)}`;

const documents = new Map<string, Promise<DocumentView>>();

export const api = {
  /** Every story: the list pages through the API's cursors. */
  async stories(): Promise<StorySummary[]> {
    const all: StorySummary[] = [];
    let cursor: string | null = null;
    do {
      const page: { stories: StorySummary[]; next: string | null } = await request(`api/stories?limit=500${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...page.stories);
      cursor = page.next;
    } while (cursor);
    return all;
  },
  story: (id: string) => request<Dossier>(storyPath(id)),
  status: (id: string) => request<DocumentStatus>(`api/documents/${encodeURIComponent(id)}/status`),
  /** A document's text is immutable (content-addressed): one fetch per page life (its stories are those of that moment). */
  document(id: string): Promise<DocumentView> {
    let p = documents.get(id);
    if (!p) {
      p = request<DocumentView>(`api/documents/${encodeURIComponent(id)}`);
      p.catch(() => documents.delete(id));
      documents.set(id, p);
    }
    return p;
  },
  /** One page of the stories naming the entity, with the mentions they give it; `cursor` from the previous page's `next`. */
  entity: (id: string, cursor?: string) => request<EntityView>(`api/entities/${encodeURIComponent(id)}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`),
  search: (q: string) => request<{ hits: SearchHit[] }>(`api/search?q=${encodeURIComponent(q)}&limit=500`).then((r) => r.hits),
  addDocuments(articles: unknown[], token: string | null) {
    return request<{ documents: { id: string; title: string | null; status: 'queued' | 'existing'; statusUrl: string }[] }>('api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(articles),
    });
  },
};
