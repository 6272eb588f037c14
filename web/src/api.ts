import type { Dossier } from '../../src/model/dossier.js';
import type { DocumentView } from '../../src/server/view-types.js';
import type { SearchHit, StoredEntity, StorySummary } from '../../src/store/types.js';

export type { Dossier, DocumentView, SearchHit, StoredEntity, StorySummary };

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
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
