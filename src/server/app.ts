import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Analyzer, InputProblem } from '../store/analyzer.js';
import { ingestDocuments } from '../store/incremental.js';
import type { Store } from '../store/types.js';
import type { Document } from '../model/document.js';
import { checkReadAccess, checkWriteAccess, listensOnLoopback } from './auth.js';
import { checkHost, checkOrigin, parseAllowedHosts } from './host-guard.js';
import { documentView } from './document-view.js';
import { ApiError, errorBody } from './errors.js';
import { readStatic } from './static-files.js';
import { validateArticles, validateId, validateQuery } from './validate.js';
import { registerReviewRoutes } from './routes/reviews.js';

export interface ServerOptions {
  analyzer: Analyzer;
  /** Bearer token for write endpoints. */
  token?: string | null;
  /**
   * Whether writes need the token. By default they do unless the server's listening socket
   * is bound to a loopback address (decided on the address, not on a name).
   */
  requireToken?: boolean;
  /**
   * Whether reads are open to anyone who reaches the server (`serve --public`). By default
   * reads need the token wherever writes do: a corpus may be confidential.
   */
  publicReads?: boolean;
  /** Host names the server answers to besides localhost, 127.0.0.1 and [::1]. */
  allowedHosts?: string[];
  /** Where unexpected errors are logged, one line each with the stack; stderr by default. */
  log?: (line: string) => void;
  /** Largest accepted request body, in bytes. */
  bodyLimit?: number;
  /** Directory of the built web UI; null serves the API only. */
  webRoot?: string | null;
  logger?: boolean;
}

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

// Article text is untrusted: even if a view slipped, the page may run only its own scripts.
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The HTTP API (and the web UI when built) over a store. Listen on port 0 in tests. */
export function createServer(store: Store, opts: ServerOptions): FastifyInstance {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // A path the router cannot decode (a broken %-escape) answers in the API's own error shape.
    frameworkErrors: (err: Error, _req: FastifyRequest, reply: FastifyReply) => { void reply.status(400).send(errorBody('invalid-path', `the path cannot be read: ${err.message}`)); },
  });
  // One writer at a time: each write re-runs the corpus stages over the stored corpus.
  let writes: Promise<unknown> = Promise.resolve();
  const serialised = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = writes.then(fn, fn);
    writes = next.catch(() => undefined);
    return next;
  };

  // Only JSON is an article body; text/plain would otherwise arrive as a string.
  app.removeContentTypeParser('text/plain');
  // Bodies are decoded as the CLI decodes files: damaged UTF-8 is refused, never stored as U+FFFD.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body as Buffer);
    } catch {
      done(new ApiError(400, 'invalid-utf8', 'the body is not valid UTF-8 (damaged or mixed encodings)'), undefined);
      return;
    }
    parseJson(req, text, done);
  });
  app.addHook('onSend', async (_req, reply) => { reply.headers(SECURITY_HEADERS); });

  const allowedHosts = parseAllowedHosts(opts.allowedHosts ?? []);
  const log = opts.log ?? ((line: string) => { process.stderr.write(`${line}\n`); });
  // Before anything else: a request for a name this server does not serve is a rebinding
  // attempt, and a write from another origin's page is a cross-site request.
  const tokenRequired = () => opts.requireToken ?? !listensOnLoopback(app.server);
  app.addHook('onRequest', async (req) => {
    checkHost(req.headers.host, req.socket?.localAddress, allowedHosts);
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) checkOrigin(req.headers.origin, req.headers.host);
    // Every API route reads the corpus: decided on the route the router matched (after its
    // decoding of the path), so no spelling of a path and no route added later gets past it.
    // The web UI's static files hold no corpus data.
    else if (isApiRoute(req.routeOptions.url)) checkReadAccess(req.headers.authorization, opts.token ?? null, tokenRequired(), opts.publicReads ?? false);
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (err instanceof ApiError) return reply.status(err.status).send(errorBody(err.code, err.message));
    const status = err.statusCode ?? 500;
    if (status === 413) return reply.status(413).send(errorBody('too-large', `the request body is larger than ${opts.bodyLimit ?? DEFAULT_BODY_LIMIT} bytes`));
    if (status === 415) return reply.status(415).send(errorBody('unsupported-media-type', 'send the body as application/json'));
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.name === 'SyntaxError') {
      return reply.status(400).send(errorBody('malformed-json', `the body is not valid JSON: ${err.message}`));
    }
    if (status >= 400 && status < 500) return reply.status(status).send(errorBody('bad-request', err.message));
    // The stack goes to the operator's log as one line, never to the client.
    log(`triangulate: 500 on ${req.method} ${req.url.split('?')[0]}: ${JSON.stringify(err.stack ?? String(err))}`);
    return reply.status(500).send(errorBody('internal', 'internal error: the server log has the details'));
  });

  const requireWrite = (req: FastifyRequest) => checkWriteAccess(req.headers.authorization, opts.token ?? null, tokenRequired());

  app.post('/api/documents', async (req, reply) => {
    requireWrite(req);
    const articles = validateArticles(req.body);
    const docs: Document[] = [];
    const html = new Map<string, string>();
    articles.forEach((a, i) => {
      const source = a.url || `api:${new Date().toISOString()}#${i}`;
      try {
        const doc = opts.analyzer.ingestRecord(a, source);
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
    const outcome = await serialised(() => ingestDocuments(store, opts.analyzer, docs, { html }));
    const dossiers = await Promise.all(docs.map((d) => store.storiesOfDocument(d.id)));
    const added = new Set(outcome.added);
    return reply.status(added.size > 0 ? 201 : 200).send({
      documents: docs.map((d, i) => ({
        id: d.id,
        title: d.meta.title,
        status: added.has(d.id) ? 'added' : 'existing',
        stories: dossiers[i].flatMap((x) => x.stories.map((s) => ({ id: s.id, title: s.title }))),
      })),
      run: outcome.run,
    });
  });

  app.get('/api/stories', async () => ({ stories: await store.listStories() }));

  app.get<{ Params: { id: string } }>('/api/stories/:id', async (req) => {
    const dossier = await store.getStoryDossier(validateId(req.params.id));
    if (!dossier) throw new ApiError(404, 'not-found', `no story ${req.params.id}`);
    return dossier;
  });

  app.get('/api/documents', async () => ({ documents: await store.listDocuments() }));

  app.get<{ Params: { id: string } }>('/api/documents/:id', async (req) => {
    const doc = await store.getDocument(validateId(req.params.id));
    if (!doc) throw new ApiError(404, 'not-found', `no document ${req.params.id}`);
    return documentView(doc, await store.storiesOfDocument(doc.id));
  });

  app.get<{ Params: { id: string } }>('/api/entities/:id', async (req) => {
    const entity = await store.getEntity(validateId(req.params.id));
    if (!entity) throw new ApiError(404, 'not-found', `no entity ${req.params.id}`);
    return entity;
  });

  app.get<{ Querystring: { q?: string } }>('/api/search', async (req) => {
    const q = validateQuery(req.query.q);
    return { q, hits: await store.search(q) };
  });

  app.get('/api/status', async () => ({ engine: store.engine, ...(await store.counts()), jobs: await store.jobCounts() }));

  registerReviewRoutes(app, store, { requireWrite });

  app.all('/api/*', async (req) => { throw new ApiError(404, 'not-found', `no endpoint ${req.method} ${req.url.split('?')[0]}`); });

  const webRoot = opts.webRoot ?? null;
  app.get('/*', async (req, reply) => {
    const file = webRoot ? await readStatic(webRoot, req.url) : null;
    if (!file) {
      if (!webRoot) return reply.status(404).type('text/plain').send('The web UI is not built: run `npm run build:web`.');
      return reply.status(404).type('text/plain').send('not found');
    }
    return reply.type(file.type).send(file.body);
  });

  return app;
}

/** A route pattern of the API: "/api/..." (the web UI's static files are "/*"). */
function isApiRoute(pattern: string | undefined): boolean {
  return pattern === undefined || pattern === '/api' || pattern.startsWith('/api/');
}
