import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/types.js';
import { pageParams } from '../pagination.js';

/** The queue as the operator sees it: counts by state, and the jobs that failed every attempt. */
export function jobRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/status', async () => ({ engine: store.engine, ...(await store.counts()), jobs: await (await store.queue()).counts() }));

  app.get<{ Querystring: { limit?: string } }>('/api/jobs/dead-letters', async (req) => {
    const { limit } = pageParams({ limit: req.query.limit });
    return { deadLetters: await (await store.queue()).deadLetters(limit) };
  });
}
