import type { FastifyInstance } from 'fastify';
import type { Analyzer } from '../store/analyzer.js';
import type { Store } from '../store/types.js';
import { runWorker } from '../store/worker.js';

/** How the worker inside a server's process gives way to requests, each number with its reason. */
export const EMBEDDED_WORKER = {
  /**
   * A job starts only once no request has arrived for this long: annotation and corpus runs are
   * synchronous CPU (and PGlite's queries run on the same thread), so a job that starts during a
   * burst of posts holds every answer until it ends. A burst's requests come closer than this.
   */
  quietMs: 300,
  /** ...but never waits longer than this: under steady load the work must still get done. */
  maxDeferMs: 15_000,
  /** How often a waiting job looks again. */
  checkMs: 50,
} as const;

/**
 * Runs a queue worker inside the server's process for as long as the server runs: the embedded
 * store (PGlite) is one process, so nobody else can annotate what POST queues. It starts once
 * the server is ready, lets requests go first, and ends (its running job finished) before the
 * server closes.
 */
export function attachWorker(app: FastifyInstance, store: Store, analyzer: Analyzer, log: (line: string) => void): void {
  const stop = new AbortController();
  let running: Promise<unknown> | null = null;
  let inFlight = 0;
  let lastRequest = 0;
  app.addHook('onRequest', async () => {
    inFlight++;
    lastRequest = Date.now();
  });
  app.addHook('onResponse', async () => { inFlight--; });
  const gate = async () => {
    const since = Date.now();
    while (!stop.signal.aborted && Date.now() - since < EMBEDDED_WORKER.maxDeferMs
      && (inFlight > 0 || Date.now() - lastRequest < EMBEDDED_WORKER.quietMs)) {
      await new Promise((r) => setTimeout(r, EMBEDDED_WORKER.checkMs));
    }
  };
  app.addHook('onReady', async () => {
    running = runWorker(store, analyzer, { name: 'server', idleMs: Infinity, signal: stop.signal, gate })
      .catch((err: Error) => log(`triangulate: the embedded worker stopped: ${err.stack ?? err.message}`));
  });
  app.addHook('onClose', async () => {
    stop.abort();
    await running;
  });
}
