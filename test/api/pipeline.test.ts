import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { defaultAnalyzer } from '../../src/pipeline/default-analyzer.js';
import { untilStatus } from './status.js';

const XSS = {
  title: 'Ferry line <script>alert("t")</script> resumes',
  outlet: 'Harbour <img src=x onerror=alert(1)> Times',
  published: '2031-07-02',
  text: 'The ferry operator Nordwave resumed crossings to Port Anselm on Wednesday, director Lena Hollis said. <script>fetch("/steal?c="+document.cookie)</script>\n\n<img src=x onerror="alert(document.domain)"> Advert.\n\nHollis said 14 crossings a day would run until September.',
};

describe('HTTP API over the real pipeline', () => {
  let store: Store;
  let app: FastifyInstance;
  let base = '';
  beforeAll(async () => {
    store = await openStore({ url: null, dir: null });
    app = createServer(store, { analyzer: defaultAnalyzer, worker: true });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('annotates a posted XSS-laden article and returns its payloads only as JSON strings', async () => {
    const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(XSS) });
    expect(res.status).toBe(202);
    const { documents } = await res.json();
    const status = await untilStatus(base, documents[0].statusUrl);
    expect(status.stories.length).toBe(1);
    const view = await fetch(`${base}/api/documents/${documents[0].id}`);
    expect(view.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = await view.json();
    expect(doc.text).toContain('<script>fetch("/steal?c="+document.cookie)</script>');
    expect(doc.text).toContain('onerror="alert(document.domain)"');
    expect(doc.meta.title).toContain('<script>');
    expect(doc.spans.filter((s: { layer: string }) => s.layer === 'mentions').length).toBeGreaterThan(0);
    for (const s of doc.spans) expect(s.end).toBeLessThanOrEqual(doc.text.length);
    const dossier = await (await fetch(`${base}/api/stories/${status.stories[0].id}`)).json();
    expect(dossier.stories[0].title).toContain('Ferry line');
    const again = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(XSS) });
    expect(again.status).toBe(200);
    expect((await store.counts()).documents).toBe(1);
  });

  it('refuses an unreadable publication date with the ingest stage\'s reason', async () => {
    const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Some text here.', published: 'the day after never' }) });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.message).toMatch(/date|published/i);
  });
});
