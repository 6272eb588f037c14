import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/types.js';
import { ApiError } from '../errors.js';
import { withEtag } from '../etag.js';
import { decodeCursor, encodeCursor, page, pageParams } from '../pagination.js';
import { validateId, validateQuery } from '../validate.js';
import type { EntityView } from '../view-types.js';

/** Search ranks afresh on each request: it pages by position, and looks at most this far. */
const SEARCH_DEPTH = 500;

/**
 * The corpus-stage results as a live API: paged lists (limit, cursor), the stories changed since a
 * time or a previous answer's `since` cursor, and weak ETags (304 on If-None-Match).
 */
export function corpusRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { limit?: string; cursor?: string; since?: string } }>('/api/stories', async (req, reply) => {
    const params = pageParams(req.query);
    const since = req.query.since === undefined ? undefined : sinceKey(req.query.since);
    return withEtag(req, reply, await store.corpusVersion(), async () => {
      if (since) {
        // A change feed: `since` is the key to come back with, even when nothing changed.
        const rows = await store.listStories({ limit: params.limit + 1, since: since[0], after: params.after ?? since });
        const { items, next } = page(rows, params.limit, (s) => [s.updated, s.id]);
        const lastStory = items.length > 0 ? [items[items.length - 1].updated, items[items.length - 1].id] : undefined;
        // Merged-away ids in the same window as the page's stories (up to now on the last page),
        // so a client drops a story as its survivor arrives and the cursor covers both.
        const merged = await store.storyMerges(params.after ?? since, next ? lastStory : undefined);
        const lastMerge = merged.length > 0 ? [merged[merged.length - 1].at, merged[merged.length - 1].id] : undefined;
        const last = [lastStory, lastMerge].filter((k): k is string[] => !!k).sort(compareFeedKeys).pop() ?? params.after ?? since;
        return { stories: items, merged: merged.map(({ id, into }) => ({ id, into })), next, since: encodeCursor(last) };
      }
      const rows = await store.listStories({ limit: params.limit + 1, after: params.after });
      const { items, next } = page(rows, params.limit, (s) => [s.latest ?? '', s.title, s.id]);
      return { stories: items, next };
    });
  });

  app.get<{ Params: { id: string } }>('/api/stories/:id', async (req, reply) => {
    const id = validateId(req.params.id);
    const version = await store.storyVersion(id);
    if (version === null) throw new ApiError(404, 'not-found', `no story ${req.params.id}`);
    return withEtag(req, reply, version, async () => {
      const dossier = await store.getStoryDossier(id);
      if (!dossier) throw new ApiError(404, 'not-found', `no story ${req.params.id}`);
      return dossier;
    });
  });

  app.get<{ Querystring: { limit?: string; cursor?: string } }>('/api/entities', async (req, reply) => {
    const params = pageParams(req.query);
    return withEtag(req, reply, await store.corpusVersion(), async () => {
      const rows = await store.listEntities({ limit: params.limit + 1, after: params.after });
      const { items, next } = page(rows, params.limit, (e) => [e.name, e.id]);
      return { entities: items, next };
    });
  });

  app.get<{ Params: { id: string }; Querystring: { limit?: string; cursor?: string } }>('/api/entities/:id', async (req, reply) => {
    const id = validateId(req.params.id);
    const params = pageParams(req.query);
    return withEtag(req, reply, await store.corpusVersion(), async (): Promise<EntityView> => {
      const entity = await store.getEntity(id, { limit: params.limit, after: params.after });
      if (!entity) throw new ApiError(404, 'not-found', `no entity ${req.params.id}`);
      const { nextAfter, ...shown } = entity;
      return { ...shown, next: nextAfter ? encodeCursor(nextAfter) : null };
    });
  });

  app.get<{ Querystring: { q?: string; limit?: string; cursor?: string } }>('/api/search', async (req, reply) => {
    const q = validateQuery(req.query.q);
    const { limit, after } = pageParams(req.query);
    const from = after ? offsetOf(after) : 0;
    return withEtag(req, reply, await store.corpusVersion(), async () => {
      // Each kind of hit is capped at the depth asked for, so asking for one more row than the page says whether another follows.
      const hits = await store.search(q, Math.min(from + limit + 1, SEARCH_DEPTH));
      const shown = hits.slice(from, from + limit);
      const next = hits.length > from + limit && from + limit < SEARCH_DEPTH ? encodeCursor([String(from + limit)]) : null;
      return { q, hits: shown, next };
    });
  });
}

/** `since`: an ISO time, or the `since` cursor a previous answer gave (the last change seen). */
function sinceKey(since: string): string[] {
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/.test(since) && !Number.isNaN(Date.parse(since))) return [new Date(since).toISOString(), ''];
  const key = decodeCursor(since);
  if (key.length !== 2 || Number.isNaN(Date.parse(key[0]))) throw new ApiError(400, 'invalid-since', '"since" must be an ISO time or the "since" value of an earlier answer');
  return key;
}

/** Change-feed keys ([time, id]) read back from the store, in order: its times share one fixed-width format, so they sort as text. */
function compareFeedKeys(a: string[], b: string[]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

function offsetOf(key: string[]): number {
  const n = Number(key[0]);
  if (key.length !== 1 || !Number.isInteger(n) || n < 0 || n > SEARCH_DEPTH) throw new ApiError(400, 'invalid-cursor', 'the cursor is not one this server gave: start again without it');
  return n;
}
