import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { stubAnalyzer } from './stub-analyzer.js';
import { untilStatus } from './status.js';

const XSS_TEXT = 'Mayor Odile Fenwick said <script>alert("pwned")</script> the bridge would reopen.\n<img src=x onerror="alert(1)">\nAdvert.\nThe council agreed.';

describe('HTTP API', () => {
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  beforeAll(async () => {
    store = await openStore({ url: null, dir: null });
    app = createServer(store, { analyzer: stubAnalyzer, bodyLimit: 64 * 1024, worker: true });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  let first = '';
  it('POST /api/documents stores an article and queues it (202); its status URL follows it into its story', async () => {
    const res = await post(JSON.stringify({ title: 'Bridge closed in Harlow', text: 'Engineer Bram Osei closed the bridge on Monday.', outlet: 'Harlow Post', published: '2031-05-02' }));
    expect(res.status).toBe(202);
    const body = await res.json();
    expect(body.documents).toHaveLength(1);
    expect(body.documents[0].status).toBe('queued');
    first = body.documents[0].id;
    expect(body.documents[0].statusUrl).toBe(`/api/documents/${first}/status`);
    const status = await untilStatus(base, body.documents[0].statusUrl);
    expect(status).toMatchObject({ id: first, status: 'analysed', error: null, stories: [{ id: 'story-all', title: 'Bridge closed in Harlow' }] });
    expect((await fetch(`${base}/api/documents/nope/status`)).status).toBe(404);
  });

  it('accepts an array, and the same article twice is stored once', async () => {
    const again = { title: 'Bridge closed in Harlow', text: 'Engineer Bram Osei closed the bridge on Monday.', outlet: 'Harlow Post', published: '2031-05-02' };
    const other = { title: 'Harlow bridge shut', html: '<p>Osei shut the <b>bridge</b>.</p>', outlet: 'Valley News', published: '2031-05-03' };
    const res = await post(JSON.stringify([again, other]));
    expect(res.status).toBe(202);
    const body = await res.json();
    expect(body.documents.map((d: { status: string }) => d.status)).toEqual(['existing', 'queued']);
    expect(body.documents[0].id).toBe(first);
    await untilStatus(base, body.documents[1].statusUrl);
    expect((await store.counts()).documents).toBe(2);
    const repeat = await post(JSON.stringify(again));
    expect(repeat.status).toBe(200);
    expect((await store.counts()).documents).toBe(2);
  });

  it.each([
    ['malformed JSON', '{"title": "x", "text": ', 400, 'malformed-json'],
    ['a number body', '42', 400, 'invalid-body'],
    ['an empty array', '[]', 400, 'invalid-body'],
    ['text of the wrong type', JSON.stringify({ title: 'x', text: 12 }), 400, 'invalid-document'],
    ['a null article in an array', JSON.stringify([{ text: 'ok' }, null]), 400, 'invalid-document'],
    ['missing text', JSON.stringify({ title: 'only a title', outlet: 'x' }), 400, 'missing-text'],
    ['blank text', JSON.stringify({ text: '   ' }), 400, 'missing-text'],
    ['an unknown field', JSON.stringify({ text: 'x', body: 'y' }), 400, 'invalid-document'],
    ['a date ingest cannot read', JSON.stringify({ text: 'Some text.', published: 'not a date' }), 400, 'bad-date'],
    ['an oversized body', JSON.stringify({ text: 'a'.repeat(70 * 1024) }), 413, 'too-large'],
  ])('refuses %s with %s and a reason', async (_name, body, status, code) => {
    const before = (await store.counts()).documents;
    const res = await post(body);
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json.error).toBe(code);
    expect(typeof json.message).toBe('string');
    expect(json.message.length).toBeGreaterThan(5);
    expect((await store.counts()).documents).toBe(before);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toBe('unsupported-media-type');
  });

  it('GET /api/stories lists stories with dates, publishers and conflicts', async () => {
    const res = await fetch(`${base}/api/stories`);
    expect(res.status).toBe(200);
    const { stories } = await res.json();
    expect(stories).toEqual([{ id: 'story-all', title: 'Bridge closed in Harlow', earliest: '2031-05-02', latest: '2031-05-03', publishers: 2, documents: 2, claims: 2, conflicts: 0, updated: expect.any(String) }]);
  });

  it('GET /api/stories/:id returns the story dossier, 404 otherwise', async () => {
    const res = await fetch(`${base}/api/stories/story-all`);
    const dossier = await res.json();
    expect(dossier.stories[0].id).toBe('story-all');
    expect(dossier.documents).toHaveLength(2);
    expect(dossier.stories[0].entities.map((e: { name: string }) => e.name)).toContain('Osei');
    const missing = await fetch(`${base}/api/stories/nope`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toBe('not-found');
  });

  it('GET /api/documents/:id returns the text and its spans linked to entities', async () => {
    const res = await fetch(`${base}/api/documents/${first}`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.text).toContain('Bram Osei');
    const osei = doc.spans.find((s: { layer: string; label: string }) => s.layer === 'mentions' && s.label === 'Osei');
    expect(osei.entity).toBe('e-osei');
    expect(doc.text.slice(osei.start, osei.end)).toBe('Osei');
    expect(doc.stories[0].id).toBe('story-all');
    expect((await fetch(`${base}/api/documents/0000`)).status).toBe(404);
    const list = await (await fetch(`${base}/api/documents`)).json();
    expect(list.documents).toHaveLength(2);
  });

  it('GET /api/entities/:id returns the entity with aliases, mentions and stories', async () => {
    const res = await fetch(`${base}/api/entities/e-osei`);
    const entity = await res.json();
    expect(entity.name).toBe('Osei');
    expect(entity.mentions).toHaveLength(2);
    expect(entity.stories).toEqual([{ id: 'story-all', title: 'Bridge closed in Harlow' }]);
    // One page of the stories naming it: the only one, so no next page.
    expect(entity.storyCount).toBe(1);
    expect(entity.next).toBeNull();
    expect((await fetch(`${base}/api/entities/e-osei?limit=0`)).status).toBe(400);
    expect((await fetch(`${base}/api/entities/e-osei?cursor=nonsense`)).status).toBe(400);
    expect((await fetch(`${base}/api/entities/e-nobody`)).status).toBe(404);
  });

  it('GET /api/search finds stories, entities and documents; needs q', async () => {
    const res = await fetch(`${base}/api/search?q=osei`);
    const { hits } = await res.json();
    expect(hits.map((h: { kind: string }) => h.kind)).toEqual(expect.arrayContaining(['entity', 'document']));
    const none = await fetch(`${base}/api/search`);
    expect(none.status).toBe(400);
    expect((await none.json()).error).toBe('missing-query');
  });

  it('keeps an XSS payload article as inert text, and sends a strict CSP', async () => {
    const res = await post(JSON.stringify({ title: 'Council <img src=x onerror=alert(2)>', text: XSS_TEXT, outlet: 'Harlow <script>x</script> Post', published: '2031-05-04' }));
    expect(res.status).toBe(202);
    const { documents } = await res.json();
    await untilStatus(base, documents[0].statusUrl);
    const view = await fetch(`${base}/api/documents/${documents[0].id}`);
    expect(view.headers.get('content-type')).toMatch(/application\/json/);
    expect(view.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const doc = await view.json();
    // The API returns the text exactly as given: escaping is the renderer's job, by textContent.
    expect(doc.text).toContain('<script>alert("pwned")</script>');
    expect(doc.text).toContain('onerror="alert(1)"');
    expect(doc.spans.some((s: { kind: string }) => s.kind === 'boilerplate')).toBe(true);
  });

  it('unknown API paths answer 404 JSON', async () => {
    const res = await fetch(`${base}/api/nothing`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe('not-found');
  });
});

describe('write access beyond localhost', () => {
  it('requires the bearer token for writes and for reads', async () => {
    const store = await openStore({ url: null, dir: null });
    const app = createServer(store, { analyzer: stubAnalyzer, token: 's3cret-token', requireToken: true });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const body = JSON.stringify({ text: 'Warden Ilka Brandt opened the gate.' });
      const send = (auth?: string) => fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body });
      expect((await send()).status).toBe(401);
      expect((await send('Bearer wrong')).status).toBe(401);
      expect((await send('Bearer s3cret-token')).status).toBe(202);
      expect((await fetch(`${base}/api/stories`)).status).toBe(401);
      expect((await fetch(`${base}/api/stories`, { headers: { authorization: 'Bearer s3cret-token' } })).status).toBe(200);
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('refuses writes when no token is configured', async () => {
    const store = await openStore({ url: null, dir: null });
    const app = createServer(store, { analyzer: stubAnalyzer, token: null, requireToken: true });
    try {
      const res = await app.inject({ method: 'POST', url: '/api/documents', payload: { text: 'x' } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toBe('writes-disabled');
    } finally {
      await app.close();
      await store.close();
    }
  });
});
