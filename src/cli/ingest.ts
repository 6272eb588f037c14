import { ingestPaths } from '../ingest/index.js';
import { openStore } from '../store/index.js';
import { ingestDocuments } from '../store/incremental.js';
import { recoverPending, recoveryLine } from '../store/recovery.js';
import { enqueueDocuments, runWorker } from '../store/worker.js';
import { defaultAnalyzer } from '../pipeline/default-analyzer.js';
import { progressBar } from './progress.js';

/**
 * `triangulate ingest`: adds inputs to the stored corpus; stored articles are not annotated again.
 * With `queue`, documents are only stored and queued: `triangulate worker` processes annotate them.
 */
export async function ingestCommand(inputs: string[], opts: { queue?: boolean } = {}): Promise<number> {
  const { documents, errors } = await ingestPaths(inputs);
  for (const e of errors) process.stderr.write(`triangulate: skipped ${e.input}: [${e.code}] ${e.message.replace(`${e.input}: `, '')}\n`);
  // Every input failed: say so and stop before a store is opened (or created) for nothing.
  if (documents.length === 0 && errors.length > 0) {
    process.stderr.write(`triangulate: nothing to ingest; ${errors.length} inputs skipped\n`);
    return 1;
  }
  const store = await openStore();
  try {
    if (opts.queue) {
      await recoverPending(store, defaultAnalyzer, { queue: true, report });
      const queued = await enqueueDocuments(store, documents);
      process.stderr.write(`triangulate: ${queued.length} queued for annotation, ${documents.length - queued.length} already stored, ${errors.length} skipped\n`);
      return documents.length > 0 || errors.length === 0 ? 0 : 1;
    }
    // Progress counts documents annotated and stored; ones already stored are skipped at once.
    const progress = progressBar('ingesting');
    let stored = 0;
    const outcome = await ingestDocuments(store, defaultAnalyzer, documents, {
      errors: errors.map((e) => ({ input: e.input, reason: e.code, message: e.message })),
      onStored: () => progress(++stored, documents.length),
    });
    // Some were already stored, so the bar never reached its end: close its line.
    if (process.stderr.isTTY && stored > 0 && stored < documents.length) process.stderr.write('\n');
    const recovered = recoveryLine(outcome.recovered);
    if (recovered) report(recovered);
    process.stderr.write(`triangulate: ${outcome.added.length} added, ${outcome.existing.length} already stored, ${errors.length} skipped\n`);
    return documents.length > 0 || errors.length === 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}

/**
 * `triangulate worker`: takes annotation and corpus-run jobs until interrupted (SIGINT, SIGTERM:
 * the running job ends first), or with `drain` until the queue is empty.
 */
export async function workerCommand(opts: { drain?: boolean } = {}): Promise<number> {
  const store = await openStore();
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await recoverPending(store, defaultAnalyzer, { queue: true, report });
    const result = await runWorker(store, defaultAnalyzer, { idleMs: opts.drain ? 0 : Infinity, signal: stop.signal });
    process.stderr.write(`triangulate worker: ${result.annotated} annotated, ${result.analyzed} analyses, ${result.failed} failed\n`);
    return result.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}

function report(line: string): void {
  process.stderr.write(`triangulate: ${line}\n`);
}
