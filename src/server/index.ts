import { openStore } from '../store/index.js';
import type { Analyzer } from '../store/analyzer.js';
import { recoverPending } from '../store/recovery.js';
import { createServer } from './app.js';
import { listensOnLoopback } from './auth.js';
import { findWebRoot } from './static-files.js';

export { createServer, DEFAULT_BODY_LIMIT, type ServerOptions } from './app.js';

/**
 * `triangulate serve`: opens the store (embedded in the working directory, or DATABASE_URL)
 * and serves the API and the built web UI until interrupted.
 */
export async function serve(opts: { port: number; host: string; analyzer?: Analyzer; allowedHosts?: string[]; publicReads?: boolean }): Promise<void> {
  const store = await openStore();
  const analyzer = opts.analyzer ?? (await import('../pipeline/default-analyzer.js')).defaultAnalyzer;
  // Documents an interrupted ingest or a killed worker left behind are queued again for the workers.
  await recoverPending(store, analyzer, { queue: true, report: (line) => console.log(`triangulate: ${line}`) });
  // The embedded store is one process: its worker runs here. A PostgreSQL store has `triangulate worker` processes.
  const worker = store.engine === 'pglite';
  const token = process.env.TRIANGULATE_TOKEN || null;
  const webRoot = findWebRoot();
  // The name given to --host is served too, unless it is a wildcard ("every address").
  const named = ['0.0.0.0', '::', ''].includes(opts.host) ? [] : [opts.host.includes(':') ? `[${opts.host}]` : opts.host];
  const allowedHosts = [...named, ...(opts.allowedHosts ?? []), ...(process.env.TRIANGULATE_ALLOWED_HOSTS ? [process.env.TRIANGULATE_ALLOWED_HOSTS] : [])];
  const app = createServer(store, { analyzer, token, webRoot, allowedHosts, publicReads: opts.publicReads ?? false, worker });
  // The queue starts before the first request, not inside it.
  await store.queue();
  const address = await app.listen({ port: opts.port, host: opts.host });
  const requireToken = !listensOnLoopback(app.server);
  const counts = await store.counts();
  console.log(`triangulate: serving ${counts.documents} documents, ${counts.stories} stories from the ${store.engine === 'pglite' ? 'embedded store' : 'PostgreSQL store'} at ${address}`);
  if (!worker) console.log('triangulate: posted articles are queued: run `triangulate worker` (one or more, on any machine) to analyse them');
  if (!webRoot) console.log('triangulate: the web UI is not built (npm run build:web); serving the API only');
  if (requireToken && !token) console.log(`triangulate: listening beyond localhost without TRIANGULATE_TOKEN: writes are refused${opts.publicReads ? '' : ', and so are reads (serve --public opens them to anyone)'}`);
  else if (requireToken && !opts.publicReads) console.log('triangulate: listening beyond localhost: reads and writes need the token');
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void app.close().then(() => store.close()).then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
