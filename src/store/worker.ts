import { hostname } from 'node:os';
import type { Document } from '../model/document.js';
import type { Analyzer } from './analyzer.js';
import { reanalyze, reanalyzePending } from './incremental.js';
import type { Store } from './types.js';

import { ANNOTATE } from './queue/job-queue.js';

export { ANALYZE, ANNOTATE } from './queue/job-queue.js';

/**
 * Stores documents as ingest made them and queues their annotation, for workers to share.
 * Returns the ids newly stored (and queued); a document stored before is left as it is.
 */
export async function enqueueDocuments(store: Store, docs: Document[], opts: { html?: Map<string, string> } = {}): Promise<string[]> {
  const res = await store.addDocuments(docs, { annotated: false, html: opts.html });
  // A crash between the two steps leaves documents with no job: recovery (pendingWork) finds and queues them.
  await (await store.queue()).queueAnnotation(res.added);
  return res.added;
}

export interface WorkerOptions {
  name?: string;
  /** Stop once no job has waited or run for this long; 0 stops at the first empty check. Infinity: until aborted. */
  idleMs?: number;
  /** How often the worker checks whether the queues are empty (when idleMs is finite). */
  pollMs?: number;
  signal?: AbortSignal;
  /**
   * Awaited before each job's work: a worker sharing its process with a server lets the server's
   * requests go first (src/server/embedded-worker.ts). The job stays claimed meanwhile.
   */
  gate?: () => Promise<void>;
}

export interface WorkerStats { annotated: number; analyzed: number; failed: number }

/**
 * A worker: takes annotation and corpus-run jobs from the queue (pg-boss), shares them with the
 * workers of other processes, and stops when aborted or once the queues stayed empty `idleMs`.
 * Every job is idempotent, so a job retried after a crash does no work twice: a document already
 * annotated is not annotated again, and a corpus run replaces the previous one.
 */
export async function runWorker(store: Store, analyzer: Analyzer, opts: WorkerOptions = {}): Promise<WorkerStats> {
  const name = opts.name ?? `${hostname()}:${process.pid}`;
  const queue = await store.queue();
  const stats: WorkerStats = { annotated: 0, analyzed: 0, failed: 0 };
  await queue.work({
    annotate: async (id) => {
      await opts.gate?.();
      const doc = await store.getDocument(id);
      if (!doc) throw new Error(`no stored document ${id}`);
      if (!doc.annotated) {
        const { html: _html, annotated: _a, ...plain } = doc;
        await store.saveLayers(analyzer.annotateDocument(plain));
        stats.annotated++;
      }
      // Also when it was annotated already: the attempt that annotated it may have died before asking.
      // Others still waiting (besides this one): a short wait lets one run cover the burst.
      await queue.queueAnalysis(name, { batch: (await queue.pending([ANNOTATE])) > 1 });
    },
    analyze: async () => {
      await opts.gate?.();
      // A store with stories updates only those the waiting documents touch; a first run reads everything.
      if ((await store.counts()).stories === 0) await reanalyze(store, analyzer);
      else await reanalyzePending(store, analyzer);
      stats.analyzed++;
    },
  }, { onJob: (_queue, outcome) => { if (outcome === 'failed') stats.failed++; } });
  try {
    await untilDone(() => queue.pending(), opts);
  } finally {
    await queue.stopWorking();
  }
  return stats;
}

/** Resolves when the signal aborts, or when `pending` stayed 0 for idleMs. */
async function untilDone(pending: () => Promise<number>, opts: WorkerOptions): Promise<void> {
  const idleMs = opts.idleMs ?? 0;
  const pollMs = opts.pollMs ?? 250;
  let idleSince: number | null = null;
  while (!opts.signal?.aborted) {
    await new Promise<void>((resolve) => {
      const abort = () => { clearTimeout(timer); resolve(); };
      const timer = setTimeout(() => { opts.signal?.removeEventListener('abort', abort); resolve(); }, pollMs);
      opts.signal?.addEventListener('abort', abort, { once: true });
    });
    if (opts.signal?.aborted || idleMs === Infinity) continue;
    if ((await pending()) > 0) idleSince = null;
    else if (idleSince === null) idleSince = Date.now();
    if (idleSince !== null && Date.now() - idleSince >= idleMs) return;
  }
}
