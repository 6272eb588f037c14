import { defaultAnalyzer } from '../src/pipeline/default-analyzer.js';
import { openStore } from '../src/store/index.js';
import { runWorker } from '../src/store/worker.js';
import { onStop, reportVisibility } from './visibility.js';

/**
 * One worker process of `npm run bench:stream -- --postgres`: the queue worker `triangulate
 * worker` runs (runWorker on the store DATABASE_URL names), reporting when the documents it
 * analyses become visible (bench/visibility.ts). Runs until SIGTERM.
 */
async function main(): Promise<void> {
  const store = await openStore();
  reportVisibility(store);
  const stop = new AbortController();
  const working = runWorker(store, defaultAnalyzer, { idleMs: Infinity, signal: stop.signal });
  process.stdout.write('ready\n');
  onStop(async () => {
    stop.abort();
    await working;
    await store.close();
  });
}

await main();
