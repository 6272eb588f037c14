import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { QUEUE_CONFIG } from '../../src/store/queue/config.js';
import type { Analyzer } from '../../src/store/analyzer.js';
import { stubAnalyzer } from './stub-analyzer.js';
import { untilStatus } from './status.js';

/** Annotation fails for good on any article that says "unparseable": the dead-letter path. */
const failing: Analyzer = {
  ...stubAnalyzer,
  annotateDocument(doc) {
    if (doc.text.includes('unparseable')) throw new Error('the annotator choked on this article');
    return stubAnalyzer.annotateDocument(doc);
  },
};

const article = (i: number, day: number) => ({
  title: `Lock gates repaired on the Vell canal, part ${i}`,
  text: `Engineer Tomas Rieck said lock ${i} reopened after repairs.`,
  outlet: `Canal Post ${i}`,
  published: `2031-04-${String(day).padStart(2, '0')}`,
});

describe('live API: paged lists, changes since, ETags, failures', () => {
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  const post = async (body: unknown) => {
    const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${path}`, { headers });
    return { status: res.status, etag: res.headers.get('etag'), body: res.status === 304 ? null : await res.json() };
  };

  beforeAll(async () => {
    // Retries a second apart, so a failing job reaches the dead letters within the test.
    store = await openStore({ url: null, dir: null, queue: { ...QUEUE_CONFIG, retryDelaySeconds: 1, superviseIntervalSeconds: 1 } });
    app = createServer(store, { analyzer: failing, worker: true });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    const { body } = await post([1, 2, 3, 4, 5].map((i) => article(i, 10 - i)));
    for (const d of body.documents) await untilStatus(base, d.statusUrl);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('pages documents with limit and cursor: every document once, in order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { status, body } = await get(`/api/documents?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(status).toBe(200);
      expect(body.documents.length).toBeLessThanOrEqual(2);
      seen.push(...body.documents.map((d: { published: string }) => d.published));
      cursor = body.next;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['2031-04-05', '2031-04-06', '2031-04-07', '2031-04-08', '2031-04-09']);
    expect((await get('/api/documents?limit=0')).body.error).toBe('invalid-limit');
    expect((await get('/api/documents?cursor=not-ours')).body.error).toBe('invalid-cursor');
  });

  it('pages entities and search hits', async () => {
    const all = (await get('/api/entities?limit=500')).body.entities;
    expect(all.length).toBeGreaterThan(2);
    const first = await get('/api/entities?limit=2');
    const second = await get(`/api/entities?limit=2&cursor=${first.body.next}`);
    expect([...first.body.entities, ...second.body.entities].map((e: { id: string }) => e.id)).toEqual(all.slice(0, 4).map((e: { id: string }) => e.id));
    const hits = (await get('/api/search?q=lock&limit=500')).body.hits;
    const page1 = await get('/api/search?q=lock&limit=3');
    expect(page1.body.hits).toEqual(hits.slice(0, 3));
    const page2 = await get(`/api/search?q=lock&limit=3&cursor=${page1.body.next}`);
    expect(page2.body.hits).toEqual(hits.slice(3, 6));
  });

  it('answers 304 to If-None-Match until the corpus changes, for lists and for a story', async () => {
    const list = await get('/api/stories');
    expect(list.etag).toMatch(/^W\/"/);
    expect((await get('/api/stories', { 'if-none-match': list.etag! })).status).toBe(304);
    const storyId = list.body.stories[0].id;
    const story = await get(`/api/stories/${storyId}`);
    expect((await get(`/api/stories/${storyId}`, { 'if-none-match': story.etag! })).status).toBe(304);
    const { body } = await post(article(6, 20));
    await untilStatus(base, body.documents[0].statusUrl);
    expect((await get('/api/stories', { 'if-none-match': list.etag! })).status).toBe(200);
    // The story took the new article: its content, so its ETag, changed.
    const changed = await get(`/api/stories/${storyId}`, { 'if-none-match': story.etag! });
    expect(changed.status).toBe(200);
    expect(changed.body.stories[0].documents).toHaveLength(6);
  });

  it('lists the stories changed since a time or a previous answer, and none when nothing changed', async () => {
    const before = new Date(Date.now() - 3600_000).toISOString();
    const feed = await get(`/api/stories?since=${before}`);
    expect(feed.body.stories.length).toBeGreaterThan(0);
    const quiet = await get(`/api/stories?since=${feed.body.since}`);
    expect(quiet.body.stories).toEqual([]);
    expect(quiet.body.since).toBe(feed.body.since);
    const { body } = await post(article(7, 21));
    await untilStatus(base, body.documents[0].statusUrl);
    const after = await get(`/api/stories?since=${feed.body.since}`);
    expect(after.body.stories.map((s: { documents: number }) => s.documents)).toEqual([7]);
    expect((await get('/api/stories?since=yesterday')).body.error).toBe('invalid-cursor');
  });

  it('reports a document whose annotation failed every attempt as failed, with the error, and lists it as a dead letter', async () => {
    const { status, body } = await post({ title: 'Garbled', text: 'An unparseable article about Vell.' });
    expect(status).toBe(202);
    const failed = await untilStatus(base, body.documents[0].statusUrl, 'failed');
    expect(failed).toMatchObject({ status: 'failed', attempts: QUEUE_CONFIG.retryLimit + 1, error: 'the annotator choked on this article' });
    const dead = (await get('/api/jobs/dead-letters')).body.deadLetters;
    expect(dead).toEqual([expect.objectContaining({ queue: 'annotate', data: { doc: body.documents[0].id }, error: 'the annotator choked on this article', attempts: QUEUE_CONFIG.retryLimit + 1 })]);
    // Posting it again queues nothing: the failure stays listed until an operator redrives it.
    expect((await post({ title: 'Garbled', text: 'An unparseable article about Vell.' })).status).toBe(200);
  }, 60_000);
});
