import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Analyzer, InputProblem } from '../../store/analyzer.js';
import type { Document } from '../../model/document.js';
import type { Store } from '../../store/types.js';
import { enqueueDocuments } from '../../store/worker.js';
import { documentView } from '../document-view.js';
import type { DocumentStatus } from '../view-types.js';
import { ApiError } from '../errors.js';
import { withEtag } from '../etag.js';
import { page, pageParams } from '../pagination.js';
import { validateArticles, validateId } from '../validate.js';

export const statusUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}/status`;

/**
 * POST stores the articles and queues their annotation, answering 202 at once: the corpus work
 * runs in the workers (in the server's own process on the embedded store). GET lists and reads.
 */
export function documentRoutes(app: FastifyInstance, ctx: { store: Store; analyzer: Analyzer; requireWrite: (req: FastifyRequest) => void }): void {
  const { store, analyzer } = ctx;

  app.post('/api/documents', async (req, reply) => {
    ctx.requireWrite(req);
    const articles = validateArticles(req.body);
    const docs: Document[] = [];
    const html = new Map<string, string>();
    articles.forEach((a, i) => {
      const source = a.url || `api:${new Date().toISOString()}#${i}`;
      try {
        const doc = analyzer.ingestRecord(a, source);
        if (a.html) html.set(doc.id, a.html);
        docs.push(doc);
      } catch (err) {
        // An input problem answers 400 with the ingest stage's own code; anything else is a bug (500).
        const e = err as Partial<InputProblem> & { code?: unknown } & Error;
        if (typeof e.input !== 'string') throw err;
        const code = typeof e.code === 'string' ? e.code : e.reason ?? 'invalid-document';
        throw new ApiError(400, code, `${articles.length > 1 ? `article ${i}: ` : ''}${e.message}`);
      }
    });
    const added = new Set(await enqueueDocuments(store, docs, { html }));
    // 202: accepted, the work is queued; 200 when every article was stored before (nothing queued).
    return reply.status(added.size > 0 ? 202 : 200).send({
      documents: docs.map((d) => ({
        id: d.id,
        title: d.meta.title,
        status: added.has(d.id) ? 'queued' : 'existing',
        statusUrl: statusUrl(d.id),
      })),
    });
  });

  app.get<{ Querystring: { limit?: string; cursor?: string } }>('/api/documents', async (req, reply) => {
    const params = pageParams(req.query);
    return withEtag(req, reply, await store.corpusVersion(), async () => {
      const rows = await store.listDocuments({ limit: params.limit + 1, after: params.after });
      const { items, next } = page(rows, params.limit, (d) => [d.published ?? '~', d.id]);
      return { documents: items, next };
    });
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id', async (req, reply) => {
    const id = validateId(req.params.id);
    return withEtag(req, reply, await store.corpusVersion(), async () => {
      const doc = await store.getDocument(id);
      if (!doc) throw new ApiError(404, 'not-found', `no document ${req.params.id}`);
      return documentView(doc, await store.storiesOfDocument(doc.id));
    });
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id/status', async (req) => documentStatus(store, validateId(req.params.id)));
}

/** From the store (annotated? covered by a run?) and, before annotation, from its job in the queue. */
export async function documentStatus(store: Store, id: string): Promise<DocumentStatus> {
  const state = await store.documentState(id);
  if (!state) throw new ApiError(404, 'not-found', `no document ${id}`);
  const out: DocumentStatus = { id, status: 'queued', attempts: 0, error: null, stories: [] };
  if (state.annotated) {
    if (state.run === null) return { ...out, status: 'annotated' };
    const dossiers = await store.storiesOfDocument(id);
    return { ...out, status: 'analysed', stories: dossiers.flatMap((x) => x.stories.map((s) => ({ id: s.id, title: s.title }))) };
  }
  const job = (await (await store.queue()).annotationJobs([id])).get(id);
  // No job: stored by a process that died before queueing it; the next worker start queues it.
  if (!job) return out;
  const status = job.state === 'active' ? 'annotating' : job.state === 'failed' ? 'failed' : 'queued';
  return { ...out, status, attempts: job.attempts, error: job.error };
}
