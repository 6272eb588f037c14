import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { POSTGRES_SKIP_REASON, startPostgres, type TestPostgres } from './postgres-server.js';
import { describeRequiring } from '../support/requires.js';
import { searchCorpus } from './search-corpus.js';

const DOCUMENTS = 2000;
/** Issue 17: every search under 50 ms at 2,000 documents (it took 503 ms with a title substring match). */
const LIMIT_MS = 50;

describeRequiring(POSTGRES_SKIP_REASON)('search on a PostgreSQL store of 2,000 documents', () => {
  let server: TestPostgres;
  let store: Store;
  const corpus = searchCorpus(DOCUMENTS);

  beforeAll(async () => {
    server = await startPostgres();
    store = await openStore({ url: await server.createDatabase('search_speed') });
    await store.addDocuments(corpus.docs);
    await store.saveAnalysis(corpus.dossier);
  });
  afterAll(async () => {
    await store?.close();
    server?.stop();
  });

  it('answers words, rare and common, titles, prefixes and names on indexes, each under 50 ms', async () => {
    const queries = [
      corpus.words[0], corpus.words[corpus.words.length - 1], 'Dispatch', 'Dispatch 1999', 'Orlan Vessic', 'vessi',
      'Orrel77', 'al-Orrel77', 'Tamsin Orrel12', 'Vask3', 'no such word at all',
    ];
    for (const q of queries) await store.search(q); // warm the connection pool and caches
    const slowest: [string, number][] = [];
    for (const q of queries) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        await store.search(q);
        times.push(performance.now() - started);
      }
      slowest.push([q, times.sort((a, b) => a - b)[1]]); // the median of three
    }
    const over = slowest.filter(([, ms]) => ms >= LIMIT_MS);
    expect(over, JSON.stringify(slowest.map(([q, ms]) => `${q}: ${ms.toFixed(1)} ms`))).toEqual([]);
    // And the answers are right: a person's every spelling, with their story's claims.
    const hits = await store.search('al-Orrel77');
    expect(hits.find((h) => h.kind === 'entity')?.id).toBe('person-77');
    expect(hits.find((h) => h.kind === 'entity')?.claims?.length).toBe(200);
    expect((await store.search('Dispatch 1999')).some((h) => h.kind === 'document')).toBe(true);
  });
});
