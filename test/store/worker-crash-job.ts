import { appendFileSync } from 'node:fs';
import { openStore } from '../../src/store/index.js';
import type { QueueConfig } from '../../src/store/queue/config.js';
import { QUEUE_CONFIG } from '../../src/store/queue/config.js';
import { enqueueDocuments, runWorker } from '../../src/store/worker.js';
import type { Analyzer } from '../../src/store/analyzer.js';
import { stubAnalyzer } from '../api/stub-analyzer.js';
import { articles, documentsInNoStory } from './ingest-job.js';

/** Short enough that a killed worker's job comes back within seconds (pg-boss's heartbeat floor is 10 s). */
export const FAST_QUEUE: QueueConfig = { ...QUEUE_CONFIG, annotateHeartbeatSeconds: 10, analyzeHeartbeatSeconds: 10, superviseIntervalSeconds: 1, retryDelaySeconds: 1 };

/** Where the store is: a PGlite directory, or a PostgreSQL URL. */
const open = (where: string) => openStore(where.startsWith('postgres') ? { url: where, queue: FAST_QUEUE } : { url: null, dir: where, queue: FAST_QUEUE });

export async function queueArticles(where: string, count: number): Promise<void> {
  const store = await open(where);
  try {
    await enqueueDocuments(store, articles(count));
  } finally {
    await store.close();
  }
}

/**
 * A worker that says "annotating ID" before each annotation (which then takes a while, so a kill
 * lands in it) and appends "saved ID" to `savesLog` after each committed save: the parent counts
 * saves to prove that no document was annotated twice.
 */
export async function work(where: string, name: string, savesLog: string, say: (line: string) => void) {
  const slow: Analyzer = {
    ...stubAnalyzer,
    annotateDocument(doc) {
      say(`annotating ${doc.id}`);
      const until = Date.now() + 300;
      while (Date.now() < until) { /* annotation is CPU work */ }
      return stubAnalyzer.annotateDocument(doc);
    },
  };
  const store = await open(where);
  const save = store.saveLayers.bind(store);
  store.saveLayers = async (doc) => {
    await save(doc);
    appendFileSync(savesLog, `saved ${doc.id}\n`);
  };
  say('ready');
  try {
    return await runWorker(store, slow, { name, idleMs: 1500, pollMs: 100 });
  } finally {
    await store.close();
  }
}

/** What the parent checks once every worker is done. */
export async function inspect(where: string) {
  const store = await open(where);
  try {
    const queue = await store.queue();
    const jobs = await queue.counts();
    return { counts: await store.counts(), inNoStory: await documentsInNoStory(store), jobs, deadLetters: await queue.deadLetters() };
  } finally {
    await store.close();
  }
}
