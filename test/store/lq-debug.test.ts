import { it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { enqueueDocuments, runWorker } from '../../src/store/worker.js';
import { stubAnalyzer } from '../api/stub-analyzer.js';
import { articles } from './ingest-job.js';
it('debug', async () => {
  let t = Date.now();
  const lap = (s: string) => { console.log(s, Date.now() - t); t = Date.now(); };
  const store = await openStore({ url: null, dir: null });
  lap('open');
  await store.queue();
  lap('queue');
  await enqueueDocuments(store, articles(5));
  lap('enqueue');
  const stats = await runWorker(store, stubAnalyzer, { name: 'solo' });
  lap('work ' + JSON.stringify(stats));
  await store.close();
  lap('close');
}, 120000);
