import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { defaultAnalyzer } from '../../src/pipeline/default-analyzer.js';
import { apiBody, hostileText } from './arbitraries.js';
import { checkPropertyAsync, tallyLine, timedAsync, type TimeBound } from './outcome.js';

/**
 * The HTTP API under hostile requests, through `inject` (no socket) over the real pipeline and
 * an in-memory store: every answer is a result or a 4xx with a named error code and a reason,
 * never a 500, and in time that grows with the body.
 */

const TOKEN = 'fuzz-token-0123456789';
// A POST stores and analyses the article (the corpus stages rerun over the small stored corpus);
// reads answer from the store. Both are far below these bounds in CPU time.
const POST_BOUND: TimeBound = { baseMs: 4_000, msPerKb: 100 };
const GET_BOUND: TimeBound = { baseMs: 1_000, msPerKb: 100 };

/** A named error: a lower-case code with dashes and a sentence a user can act on. */
function expectNamedError(status: number, body: { error?: unknown; message?: unknown }): void {
  expect(status, JSON.stringify(body).slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(status, JSON.stringify(body).slice(0, 300)).toBeLessThan(500);
  expect(body.error).toMatch(/^[a-z][a-z0-9-]*$/);
  expect(typeof body.message).toBe('string');
  expect((body.message as string).length).toBeGreaterThan(5);
}

describe('fuzz: HTTP API', () => {
  let store: Store;
  let app: FastifyInstance;
  /** Answers by status, printed at the end: a run where every body is refused tests little. */
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    store = await openStore({ url: null, dir: null });
    app = createServer(store, { analyzer: defaultAnalyzer, token: TOKEN, bodyLimit: 256 * 1024, log: () => undefined });
    await app.ready();
    // Loads the models once, so the first request is not charged for them.
    const warm = defaultAnalyzer.annotateDocument(defaultAnalyzer.ingestRecord({ text: 'Minister Odile Fenwick said on Monday that the bridge would reopen.', outlet: 'Harlow Post' }, 'warm.txt'));
    defaultAnalyzer.analyzeCorpus([warm]);
    // And the store's first write (the database compiles its statements): one article stored before the timed cases.
    const first = await app.inject({ method: 'POST', url: '/api/documents', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, payload: JSON.stringify({ text: 'Engineer Bram Osei closed the bridge in Harlow on Monday.', outlet: 'Valley News' }) });
    expect(first.statusCode).toBeLessThan(300);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    console.log(`${tallyLine()}; API statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  });

  it('answers POST /api/documents with stored documents or a named 4xx, whatever the body', async () => {
    const request = fc.tuple(apiBody(), fc.oneof({ weight: 8, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') }, { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1') }), fc.oneof({ weight: 8, arbitrary: fc.constant('token') }, { weight: 1, arbitrary: fc.constantFrom('none', 'wrong') }));
    await checkPropertyAsync(request, 50, async ([body, type, auth]) => {
      const headers: Record<string, string> = { 'content-type': type };
      if (auth !== 'none') headers.authorization = `Bearer ${auth === 'token' ? TOKEN : 'nope'}`;
      const res = await timedAsync('api-post', body, POST_BOUND, () => app.inject({ method: 'POST', url: '/api/documents', headers, payload: body }));
      const json = res.json();
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode < 300) {
        // Stored now (201/200) or queued for the workers (202): each document named by its id.
        expect([200, 201, 202]).toContain(res.statusCode);
        expect(auth).toBe('token');
        expect(Array.isArray(json.documents)).toBe(true);
        for (const d of json.documents) expect(typeof d.id).toBe('string');
      } else {
        expectNamedError(res.statusCode, json);
      }
    });
  });

  it('answers reads with arbitrary ids, queries and paths with a result or a named 4xx', async () => {
    const segment = fc.oneof(hostileText({ maxPieces: 6 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('..', '%', '%2e%2e', '%00', '%ZZ', '%F0%9F', 'x'.repeat(300), '\u0000', ''));
    const read = fc.oneof(
      segment.map((s) => `/api/stories/${encodeURIComponent(s)}`),
      segment.map((s) => `/api/documents/${encodeURIComponent(s)}`),
      segment.map((s) => `/api/entities/${encodeURIComponent(s)}`),
      segment.map((s) => `/api/search?q=${encodeURIComponent(s)}`),
      segment.map((s) => `/api/${s.replace(/[?#\s]/g, '')}`),
      fc.constantFrom('/api/stories', '/api/documents', '/api/status', '/api/search', '/api/search?q=', '/api/search?q=a&q=b', '/api/documents/%', '/api/stories/%E0%A4%A'),
    );
    await checkPropertyAsync(fc.tuple(read, fc.boolean()), 150, async ([url, withToken]) => {
      const res = await timedAsync('api-get', url, GET_BOUND, () => app.inject({ method: 'GET', url, headers: withToken ? { authorization: `Bearer ${TOKEN}` } : {} }));
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode < 300) {
        expect(withToken).toBe(true);
        expect(() => res.json()).not.toThrow();
      } else if (String(res.headers['content-type']).startsWith('text/plain')) {
        // A path the router normalises out of /api ("/api/..") reaches the web UI's files, which hold no corpus data.
        expect(res.statusCode).toBe(404);
      } else {
        expectNamedError(res.statusCode, res.json());
      }
    });
  });
});
