import { openStore } from '../../src/store/index.js';
import { runWorker } from '../../src/store/worker.js';
import type { Analyzer } from '../../src/store/analyzer.js';
import { stubAnalyzer } from '../api/stub-analyzer.js';

/** Annotation that takes a while, so that concurrent workers overlap. */
const slowAnalyzer: Analyzer = {
  ...stubAnalyzer,
  annotateDocument(doc) {
    const until = Date.now() + 40;
    while (Date.now() < until) { /* busy: annotation is CPU work */ }
    return stubAnalyzer.annotateDocument(doc);
  },
};

export async function work(url: string, name: string, ready: () => Promise<void>) {
  const store = await openStore({ url });
  await ready();
  try {
    return await runWorker(store, slowAnalyzer, { name, idleMs: 2500, pollMs: 50 });
  } finally {
    await store.close();
  }
}
