import { hostname } from 'node:os';
import type { Document } from '../model/document.js';
import type { Analyzer } from './analyzer.js';
import { reanalyze } from './incremental.js';
import type { Store } from './types.js';

export const ANNOTATE = 'annotate';
export const ANALYZE = 'analyze';

/** Stores documents as ingest made them and queues their annotation, for workers to share. */
export async function enqueueDocuments(store: Store, docs: Document[]): Promise<string[]> {
  const res = await store.addDocuments(docs, { annotated: false });
  await store.enqueue(ANNOTATE, res.added.map((doc) => ({ doc })));
  return res.added;
}

export interface WorkerOptions {
  name?: string;
  /** Stop when the queue has been empty this long; 0 stops at the first empty poll. */
  idleMs?: number;
  pollMs?: number;
  signal?: AbortSignal;
}

/**
 * A worker loop: claims annotation jobs (SKIP LOCKED, so several processes share the queue),
 * stores each document's layers, and once it has drained the queue asks for one corpus run.
 */
export async function runWorker(store: Store, analyzer: Analyzer, opts: WorkerOptions = {}): Promise<{ annotated: number; analyzed: number; failed: number }> {
  const name = opts.name ?? `${hostname()}:${process.pid}`;
  const pollMs = opts.pollMs ?? 500;
  const stats = { annotated: 0, analyzed: 0, failed: 0 };
  let idleSince = Date.now();
  let dirty = false;
  while (!opts.signal?.aborted) {
    const job = await store.claimJob([ANNOTATE, ANALYZE], name);
    if (!job) {
      if (dirty) {
        await store.enqueue(ANALYZE, [{ by: name }], { unique: true });
        dirty = false;
        continue;
      }
      if (Date.now() - idleSince >= (opts.idleMs ?? 0)) break;
      await new Promise((r) => setTimeout(r, pollMs));
      continue;
    }
    idleSince = Date.now();
    try {
      if (job.kind === ANNOTATE) {
        const id = (job.payload as { doc: string }).doc;
        const doc = await store.getDocument(id);
        if (!doc) throw new Error(`no stored document ${id}`);
        if (!doc.annotated) {
          const { html: _html, annotated: _a, ...plain } = doc;
          await store.saveLayers(analyzer.annotateDocument(plain));
          stats.annotated++;
          dirty = true;
        }
      } else {
        await reanalyze(store, analyzer);
        stats.analyzed++;
      }
      await store.finishJob(job.id);
    } catch (err) {
      stats.failed++;
      await store.finishJob(job.id, (err as Error).message);
    }
  }
  return stats;
}
