import type { Dossier } from '../../src/model/dossier.js';
import type { DocumentView } from '../../src/server/view-types.js';
import type { SearchHit, StoredEntity, StorySummary } from '../../src/store/types.js';

export type { Dossier, DocumentView, SearchHit, StoredEntity, StorySummary };

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

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
  return body as T;
}

const documents = new Map<string, Promise<DocumentView>>();

export const api = {
  stories: () => request<{ stories: StorySummary[] }>('api/stories').then((r) => r.stories),
  story: (id: string) => request<Dossier>(`api/stories/${encodeURIComponent(id)}`),
  /** Documents are immutable (content-addressed), so one fetch per page life is enough. */
  document(id: string): Promise<DocumentView> {
    let p = documents.get(id);
    if (!p) {
      p = request<DocumentView>(`api/documents/${encodeURIComponent(id)}`);
      p.catch(() => documents.delete(id));
      documents.set(id, p);
    }
    return p;
  },
  entity: (id: string) => request<StoredEntity>(`api/entities/${encodeURIComponent(id)}`),
  search: (q: string) => request<{ hits: SearchHit[] }>(`api/search?q=${encodeURIComponent(q)}`).then((r) => r.hits),
  addDocuments(articles: unknown[], token: string | null) {
    return request<{ documents: { id: string; title: string | null; status: string; stories: { id: string; title: string }[] }[] }>('api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(articles),
    });
  },
};
