import { ApiError } from './errors.js';

/** Rows a list answers when the client names no limit, and the most it may ask for. */
export const PAGE = { defaultLimit: 50, maxLimit: 500 } as const;

export interface PageParams {
  limit: number;
  /** The previous page's last row key, decoded from `cursor`. */
  after?: string[];
}

/** Reads `limit` and `cursor` from a query string; a malformed one answers 400, never a full scan. */
export function pageParams(query: { limit?: unknown; cursor?: unknown }): PageParams {
  let limit: number = PAGE.defaultLimit;
  if (query.limit !== undefined) {
    limit = Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > PAGE.maxLimit) {
      throw new ApiError(400, 'invalid-limit', `"limit" must be a whole number from 1 to ${PAGE.maxLimit}`);
    }
  }
  if (query.cursor === undefined) return { limit };
  return { limit, after: decodeCursor(query.cursor) };
}

/** A cursor is the last row's sort key, opaque to clients: base64url of a JSON array of strings. */
export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: unknown): string[] {
  try {
    if (typeof cursor !== 'string' || cursor.length > 2000) throw new Error('too long');
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(key) || key.length === 0 || key.length > 4 || !key.every((k) => typeof k === 'string' && !k.includes('\u0000'))) throw new Error('not a key');
    return key as string[];
  } catch {
    throw new ApiError(400, 'invalid-cursor', 'the cursor is not one this server gave: start again without it');
  }
}

/**
 * One page from rows fetched with limit + 1: the extra row only says that another page exists.
 * `next` is the cursor of the last row shown, or null on the last page.
 */
export function page<T>(rows: T[], limit: number, keyOf: (row: T) => string[]): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit);
  const next = rows.length > limit && items.length > 0 ? encodeCursor(keyOf(items[items.length - 1])) : null;
  return { items, next };
}
