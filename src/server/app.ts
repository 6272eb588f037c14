import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Analyzer } from '../store/analyzer.js';
import type { Store } from '../store/types.js';
import { checkReadAccess, checkWriteAccess, listensOnLoopback } from './auth.js';
import { checkHost, checkOrigin, parseAllowedHosts } from './host-guard.js';
import { ApiError, errorBody } from './errors.js';
import { readStatic } from './static-files.js';
import { corpusRoutes } from './routes/corpus.js';
import { documentRoutes } from './routes/documents.js';
import { jobRoutes } from './routes/jobs.js';
import { attachWorker } from './embedded-worker.js';
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
  /** Run a queue worker in this process while the server runs (the embedded store: `serve` sets it). */
  worker?: boolean;
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

  if (opts.worker) attachWorker(app, store, opts.analyzer, log);
  documentRoutes(app, { store, analyzer: opts.analyzer, requireWrite });
  corpusRoutes(app, store);
  jobRoutes(app, store);
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
