import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Document } from '../../src/model/document.js';
import type { Dossier } from '../../src/model/dossier.js';
import { createServer } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { stubAnalyzer } from './stub-analyzer.js';

const article = (i: number): Document => stubAnalyzer.annotateDocument(stubAnalyzer.ingestRecord({
  title: `Ferry service ${i} on the Orl estuary`, text: `Skipper Anja Velt said crossing ${i} resumed.`, outlet: `Estuary Post ${i}`, published: `2031-05-0${i}`,
}, `post-${i}`) as Document);

/** A run's dossier with the given stories (by id, each over its documents), as a corpus run saves it. */
function dossierOf(docs: Document[], stories: Record<string, Document[]>): Dossier {
  const whole = stubAnalyzer.buildDossier({ documents: docs }, []);
  whole.stories = Object.entries(stories).map(([id, members]) => ({ ...stubAnalyzer.buildDossier({ documents: members }, []).stories[0], id }));
  return whole;
}

describe('the stories change feed announces merged-away story ids', () => {
  let store: Store;
  let app: FastifyInstance;
  const docs = [1, 2, 3, 4].map(article);
  let base: string;
  const feed = async (query: string) => {
    const res = await fetch(`${base}/api/stories?${query}`);
    expect(res.status).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    store = await openStore({ url: null, dir: null });
    await store.addDocuments(docs.slice(0, 3));
    await store.saveStories(dossierOf(docs.slice(0, 2), { 's-ferry': [docs[0]], 's-crossing': [docs[1]] }), { replaces: 'all' });
    app = createServer(store, { analyzer: stubAnalyzer });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('lists a merge once, with its survivor, and the cursor moves past it', async () => {
    const first = await feed(`since=${new Date(Date.now() - 3600_000).toISOString()}`);
    expect(first.stories.map((s: { id: string }) => s.id).sort()).toEqual(['s-crossing', 's-ferry']);
    expect(first.merged).toEqual([]);

    // A third report bridges the two: one story survives, the other id redirects to it.
    await store.saveStories(dossierOf(docs.slice(0, 3), { 's-ferry': docs.slice(0, 3) }), {
      replaces: ['s-ferry', 's-crossing'], redirects: [{ kind: 'story', from: 's-crossing', to: 's-ferry' }],
    });
    const next = await feed(`since=${first.since}`);
    expect(next.stories.map((s: { id: string }) => s.id)).toEqual(['s-ferry']);
    expect(next.merged).toEqual([{ id: 's-crossing', into: 's-ferry' }]);

    const quiet = await feed(`since=${next.since}`);
    expect(quiet).toMatchObject({ stories: [], merged: [], since: next.since });
  });

  it('pages the feed: each merge on the page whose window holds it, none lost or repeated', async () => {
    // A later story: the feed spans two pages at one story a page, the merge between the two.
    await store.addDocuments([docs[3]]);
    await store.saveStories(dossierOf([docs[3]], { 's-pier': [docs[3]] }), { replaces: [] });
    const pages: { stories: { id: string }[]; merged: { id: string; into: string }[] }[] = [];
    const since = new Date(Date.now() - 3600_000).toISOString();
    let cursor: string | null = null;
    do {
      const body = await feed(`since=${since}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      pages.push(body);
      cursor = body.next;
    } while (cursor);
    expect(pages.map((p) => p.stories.map((s) => s.id))).toEqual([['s-ferry'], ['s-pier']]);
    expect(pages.flatMap((p) => p.merged)).toEqual([{ id: 's-crossing', into: 's-ferry' }]);
  });
});
