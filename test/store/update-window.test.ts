import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import { ingestRecord } from '../../src/ingest/record.js';
import { syntheticCorpus } from '../../bench/synthetic-corpus.js';
import { defaultAnalyzer } from '../../src/pipeline/default-analyzer.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ingestDocuments, reanalyze } from '../../src/store/incremental.js';
import { LIVE_CORPUS } from '../../src/store/live-config.js';
import type { SaveStoriesOptions } from '../../src/store/live-types.js';

/** The stream bench's generated articles (many stories sharing vocabulary), in publication order; the last few arrive late. */
const ARTICLES = 90;
const LATE = 6;

/** The store, recording what each saved update says of itself (its `info`). */
function recording(store: Store, infos: Record<string, unknown>[]): Store {
  return new Proxy(store, {
    get(target, name, receiver) {
      if (name === 'saveStories') {
        return (dossier: unknown, opts: SaveStoriesOptions) => {
          infos.push(opts.info ?? {});
          return target.saveStories(dossier as Parameters<Store['saveStories']>[0], opts);
        };
      }
      const value = Reflect.get(target, name, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('an update loads the candidate stories the new articles come near, and leaves the others as stored', () => {
  let docs: Document[];
  const stores: Store[] = [];
  beforeAll(() => {
    const corpus = syntheticCorpus(ARTICLES, 5, { length: 'real' });
    const order = corpus.records.map((_, i) => i).sort((a, b) => corpus.published[a].localeCompare(corpus.published[b]) || a - b);
    docs = order.map((i) => defaultAnalyzer.annotateDocument(ingestRecord(corpus.records[i], `gen#${i + 1}`)));
  }, 240_000);
  afterAll(async () => { for (const s of stores) await s.close(); });

  /** All but the late articles stored and analysed, then the update for the late ones under `prefilterTop`. */
  async function lateArticles(prefilterTop: number) {
    const store = await openStore({ url: null, dir: null });
    stores.push(store);
    const late = docs.slice(-LATE);
    await ingestDocuments(store, defaultAnalyzer, docs.slice(0, -LATE), { annotated: true });
    const before = new Map((await store.allStories()).map((s) => [s.id, s]));
    await store.addDocuments(late);
    const infos: Record<string, unknown>[] = [];
    await reanalyze(recording(store, infos), defaultAnalyzer, [], late.map((d) => d.id), { ...LIVE_CORPUS, prefilterTop });
    return { info: infos[0], before, after: await store.allStories() };
  }

  it('leaves out candidates no new article comes near, and groups the new articles as the whole window does', async () => {
    const all = await lateArticles(0);
    const near = await lateArticles(1);
    expect(all.info.skipped).toBe(0);
    expect(near.info.skipped).toBeGreaterThan(0);
    expect(near.info.loaded).toBeLessThan(all.info.loaded as number);
    // A story the update did not load is exactly as stored.
    const rewritten = new Set(near.after.filter((s) => s.run !== near.before.get(s.id)?.run).map((s) => s.id));
    for (const s of near.after) if (!rewritten.has(s.id)) expect(s).toEqual(near.before.get(s.id));
    // Each late article's story has the same documents either way.
    const storyOf = (stories: { documents: string[] }[], doc: string) => stories.find((s) => s.documents.includes(doc))!.documents;
    for (const d of docs.slice(-LATE)) expect(storyOf(near.after, d.id)).toEqual(storyOf(all.after, d.id));
  }, 240_000);
});
