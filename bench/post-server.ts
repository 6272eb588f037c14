import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAnalyzer } from '../src/pipeline/default-analyzer.js';
import { createServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { reanalyze } from '../src/store/incremental.js';
import { syntheticCorpus } from './synthetic-corpus.js';

/**
 * The server half of `npm run bench:post`, in its own process so that the client's clock is not
 * held by the server's work: stores `stored` annotated documents and analyses them once (the
 * store a live server would hold), then serves with the embedded worker (or, with DATABASE_URL,
 * without one: `triangulate worker` processes do that work). Prints "ready PORT SEED_S".
 */
async function main(stored: number): Promise<void> {
  const url = process.env.DATABASE_URL || null;
  const store = await openStore({ url, dir: url ? undefined : join(mkdtempSync(join(tmpdir(), 'triangulate-bench-post-')), 'db') });
  const t0 = performance.now();
  const { records } = syntheticCorpus(stored, 1);
  const docs = records.map((r, i) => defaultAnalyzer.annotateDocument(defaultAnalyzer.ingestRecord({ ...r }, `seed#${i}`)));
  await store.addDocuments(docs);
  await reanalyze(store, defaultAnalyzer);
  const seedS = Math.round((performance.now() - t0) / 100) / 10;
  const app = createServer(store, { analyzer: defaultAnalyzer, worker: store.engine === 'pglite', bodyLimit: 1 << 22 });
  await store.queue();
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`ready ${new URL(address).port} ${seedS}\n`);
  // Peak memory, for a run that ends badly: printed on stderr every 10 s.
  setInterval(() => process.stderr.write(`bench server: rss ${Math.round(process.memoryUsage().rss / 1048576)} MB, heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB\n`), 10_000).unref();
  process.once('SIGTERM', () => { void app.close().then(() => store.close()).then(() => process.exit(0)); });
}

await main(Number(process.argv[2] ?? 2000));
