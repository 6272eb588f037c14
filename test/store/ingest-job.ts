import { openStore } from '../../src/store/index.js';
import { ingestDocuments } from '../../src/store/incremental.js';
import { stubAnalyzer } from '../api/stub-analyzer.js';

export function articles(count: number) {
  return Array.from({ length: count }, (_, i) => stubAnalyzer.ingestRecord({
    title: `Ferry ${i} delayed at Port Anselm`,
    text: `Captain Mira Kovac said ferry number ${i} left Port Anselm late.\n${'The crossing took longer than planned. '.repeat(200)}`,
    published: `2031-06-${String((i % 28) + 1).padStart(2, '0')}`,
  }, `crash-test#${i}`));
}

/** Ingests `count` articles into the embedded store at `dir`, one transaction each. */
export async function ingestArticles(dir: string, count: number, onStored: (id: string) => void): Promise<void> {
  const store = await openStore({ url: null, dir });
  await ingestDocuments(store, stubAnalyzer, articles(count), { onStored });
  await store.close();
}
