import { findUnstorable } from '../ingest/storable.js';
import { ApiError } from './errors.js';

export const MAX_BATCH = 200;
const FIELDS = ['title', 'text', 'html', 'outlet', 'published', 'url', 'byline'] as const;

export type ArticleInput = Partial<Record<(typeof FIELDS)[number], string>>;

/**
 * Checks a POST /api/documents body before anything is stored: the whole batch is refused
 * when one article is wrong, with the article's index and the reason.
 */
export function validateArticles(body: unknown): ArticleInput[] {
  const items = Array.isArray(body) ? body : [body];
  if (body === null || body === undefined || (typeof body !== 'object')) {
    throw new ApiError(400, 'invalid-body', 'expected a JSON object {title, text | html, outlet, published, url?} or an array of them');
  }
  if (items.length === 0) throw new ApiError(400, 'invalid-body', 'the array holds no articles');
  if (items.length > MAX_BATCH) throw new ApiError(413, 'too-many', `at most ${MAX_BATCH} articles per request`);
  return items.map((item, i) => {
    const where = Array.isArray(body) ? `article ${i}: ` : '';
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new ApiError(400, 'invalid-document', `${where}expected an object, got ${item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item}`);
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(FIELDS as readonly string[]).includes(key)) throw new ApiError(400, 'invalid-document', `${where}unknown field "${key}"`);
      const v = record[key];
      if (v !== null && v !== undefined && typeof v !== 'string') {
        throw new ApiError(400, 'invalid-document', `${where}field "${key}" must be a string, got ${Array.isArray(v) ? 'an array' : typeof v}`);
      }
      const bad = typeof v === 'string' ? findUnstorable(v) : null;
      if (bad) throw new ApiError(400, 'invalid-character', `${where}field "${key}" holds ${bad.what} at character ${bad.offset}, which the store cannot keep`);
    }
    const text = typeof record.text === 'string' ? record.text.trim() : '';
    const html = typeof record.html === 'string' ? record.html.trim() : '';
    if (!text && !html) throw new ApiError(400, 'missing-text', `${where}"text" or "html" is required and must not be empty`);
    if (text && html) throw new ApiError(400, 'invalid-document', `${where}give "text" or "html", not both`);
    return Object.fromEntries(Object.entries(record).filter(([, v]) => typeof v === 'string')) as ArticleInput;
  });
}

/** A search query: trimmed, not empty, bounded, nothing the database refuses. */
export function validateQuery(q: unknown): string {
  if (typeof q !== 'string' || !q.trim()) throw new ApiError(400, 'missing-query', 'the "q" parameter is required');
  if (q.length > 200) throw new ApiError(400, 'invalid-query', 'the query is longer than 200 characters');
  const bad = findUnstorable(q);
  if (bad) throw new ApiError(400, 'invalid-query', `the query holds ${bad.what} at character ${bad.offset}`);
  return q.trim();
}

/** An id from the path: bounded and free of what the database refuses (it never matches then). */
export function validateId(id: string): string {
  const bad = findUnstorable(id);
  if (bad) throw new ApiError(400, 'invalid-id', `the id holds ${bad.what} at character ${bad.offset}`);
  if (id.length > 200) throw new ApiError(400, 'invalid-id', 'the id is longer than 200 characters');
  return id;
}

