import { openStore } from '../store/index.js';
import type { Analyzer } from '../store/analyzer.js';
import { createServer } from './app.js';
import { isLoopback } from './auth.js';
import { findWebRoot } from './static-files.js';

export { createServer, DEFAULT_BODY_LIMIT, type ServerOptions } from './app.js';

/**
 * `triangulate serve`: opens the store (embedded in the working directory, or DATABASE_URL)
 * and serves the API and the built web UI until interrupted.
 */
export async function serve(opts: { port: number; host: string; analyzer?: Analyzer }): Promise<void> {
  const store = await openStore();
  const analyzer = opts.analyzer ?? (await import('../pipeline/default-analyzer.js')).defaultAnalyzer;
  const requireToken = !isLoopback(opts.host);
  const token = process.env.TRIANGULATE_TOKEN || null;
  const webRoot = findWebRoot();
  const app = createServer(store, { analyzer, token, requireToken, webRoot });
  const address = await app.listen({ port: opts.port, host: opts.host });
  const counts = await store.counts();
  console.log(`triangulate: serving ${counts.documents} documents, ${counts.stories} stories from the ${store.engine === 'pglite' ? 'embedded store' : 'PostgreSQL store'} at ${address}`);
  if (!webRoot) console.log('triangulate: the web UI is not built (npm run build:web); serving the API only');
  if (requireToken && !token) console.log('triangulate: listening beyond localhost without TRIANGULATE_TOKEN: writes are refused');
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
