import type { FastifyInstance } from 'fastify';
import type { Analyzer } from '../store/analyzer.js';
import type { Store } from '../store/types.js';
import { runWorker } from '../store/worker.js';

/**
 * Runs a queue worker inside the server's process for as long as the server runs: the embedded
 * store (PGlite) is one process, so nobody else can annotate what POST queues. It starts once
 * the server is ready and ends, its running job finished, before the server closes.
 */
export function attachWorker(app: FastifyInstance, store: Store, analyzer: Analyzer, log: (line: string) => void): void {
  const stop = new AbortController();
  let running: Promise<unknown> | null = null;
  app.addHook('onReady', async () => {
    running = runWorker(store, analyzer, { name: 'server', idleMs: Infinity, signal: stop.signal })
      .catch((err: Error) => log(`triangulate: the embedded worker stopped: ${err.stack ?? err.message}`));
  });
  app.addHook('onClose', async () => {
    stop.abort();
    await running;
  });
}
