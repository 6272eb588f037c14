import { defaultAnalyzer } from '../src/pipeline/default-analyzer.js';
import { createServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { onStop, reportVisibility } from './visibility.js';

/**
 * The server half of `npm run bench:stream`, in its own process as `triangulate serve` runs: on
 * the embedded store (argument: its directory) with the worker inside the server; with
 * DATABASE_URL, without one (bench/stream-worker.ts processes do that work). Prints "ready PORT",
 * then the visibility lines of its worker (bench/visibility.ts).
 */
async function main(dir: string | undefined): Promise<void> {
  const url = process.env.DATABASE_URL || null;
  const store = await openStore({ url, dir: url ? undefined : dir });
  reportVisibility(store);
  const app = createServer(store, { analyzer: defaultAnalyzer, worker: store.engine === 'pglite', bodyLimit: 1 << 22 });
  await store.queue();
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`ready ${new URL(address).port}\n`);
  onStop(() => app.close().then(() => store.close()));
}

await main(process.argv[2]);
