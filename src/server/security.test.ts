import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stubAnalyzer } from '../../test/api/stub-analyzer.js';
import { InputError } from '../ingest/errors.js';
import type { Analyzer } from '../store/analyzer.js';
import { openStore, type Store } from '../store/index.js';
import { createServer, type ServerOptions } from './app.js';
import { isLoopback } from './auth.js';

interface Answer { status: number; body: { error?: string; message?: string } & Record<string, unknown> }

/** A raw HTTP request: fetch() will not send a Host header of our choosing, a browser's attacker can. */
function send(port: number, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, agent: false, method, path, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => { text += c; }).on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: text.startsWith('{') ? JSON.parse(text) : { text } });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

// Ingest refuses articles saying "TOO SHORT" the way the real stage does, and trips on "BUG".
const analyzer: Analyzer = {
  ...stubAnalyzer,
  ingestRecord(record, source) {
    const text = String(record.text ?? '');
    if (text.includes('TOO SHORT')) throw new InputError(source, 'no-article', 'the text is too short to hold an article');
    if (text.includes('BUG')) throw new TypeError("Cannot read properties of undefined (reading 'meta')");
    return stubAnalyzer.ingestRecord(record, source);
  },
};

async function serverOn(host: string, opts: Partial<ServerOptions> = {}) {
  const store = await openStore({ url: null, dir: null });
  const logged: string[] = [];
  const app = createServer(store, { analyzer, log: (line) => logged.push(line), ...opts });
  await app.listen({ port: 0, host });
  return { store, app, logged, port: (app.server.address() as AddressInfo).port };
}

describe('loopback is an address, never a name', () => {
  it('recognises loopback addresses only', () => {
    for (const a of ['127.0.0.1', '127.5.5.5', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1']) expect(isLoopback(a), a).toBe(true);
    for (const a of ['127.attacker.example', 'localhost', '10.0.0.1', '0.0.0.0', '::', '::ffff:10.0.0.1', '', undefined]) expect(isLoopback(a), String(a)).toBe(false);
  });
});

describe('a server only its owner can reach', () => {
  let s: Awaited<ReturnType<typeof serverOn>>;
  let origin = '';
  const article = JSON.stringify({ title: 'Quay reopened', text: 'Surveyor Petra Lind mapped the new quay.' });
  beforeAll(async () => {
    s = await serverOn('127.0.0.1', { allowedHosts: ['triangulate.lan'] });
    origin = `http://127.0.0.1:${s.port}`;
  });
  afterAll(async () => {
    await s.app.close();
    await s.store.close();
  });

  it('refuses a rebound name (DNS rebinding): reads and writes', async () => {
    for (const host of ['attacker.example', `attacker.example:${s.port}`, `127.attacker.example:${s.port}`, `localhost.attacker.example:${s.port}`]) {
      const read = await send(s.port, 'GET', '/api/documents', { host });
      expect(read.status, host).toBe(403);
      expect(read.body.error).toBe('unknown-host');
    }
    expect((await send(s.port, 'GET', '/', { host: 'attacker.example' })).status).toBe(403);
    const write = await send(s.port, 'POST', '/api/documents', { host: `attacker.example:${s.port}`, origin: `http://attacker.example:${s.port}` }, article);
    expect(write.status).toBe(403);
    expect((await s.store.counts()).documents).toBe(0);
  });

  it('answers to the loopback names, its own address and the names its operator configured', async () => {
    for (const host of [`localhost:${s.port}`, `127.0.0.1:${s.port}`, `[::1]:${s.port}`, `LOCALHOST.:${s.port}`, `triangulate.lan:${s.port}`, 'triangulate.lan']) {
      expect((await send(s.port, 'GET', '/api/status', { host })).status, host).toBe(200);
    }
  });

  it('refuses writes from another origin\'s page, accepts its own and non-browser clients', async () => {
    for (const foreign of ['http://evil.example', `http://localhost:${s.port + 1}`, 'null', 'not a url']) {
      const res = await send(s.port, 'POST', '/api/documents', { host: `127.0.0.1:${s.port}`, origin: foreign }, article);
      expect(res.status, foreign).toBe(403);
      expect(res.body.error).toBe('foreign-origin');
    }
    expect((await s.store.counts()).documents).toBe(0);
    // Reads carry no Origin check: a cross-origin page cannot read them without CORS anyway.
    expect((await send(s.port, 'GET', '/api/stories', { host: `127.0.0.1:${s.port}`, origin: 'http://evil.example' })).status).toBe(200);
    expect((await send(s.port, 'POST', '/api/documents', { host: `127.0.0.1:${s.port}`, origin }, article)).status).toBe(202);
    const curl = await send(s.port, 'POST', '/api/documents', { host: `localhost:${s.port}` }, JSON.stringify({ text: 'Warden Ilka Brandt opened the gate.' }));
    expect(curl.status).toBe(202);
  });

  it('answers 400, never 500, to a NUL in a search, an id or an article', async () => {
    const host = `127.0.0.1:${s.port}`;
    const search = await send(s.port, 'GET', '/api/search?q=quay%00', { host });
    expect([search.status, search.body.error]).toEqual([400, 'invalid-query']);
    for (const path of ['/api/documents/ab%00cd', '/api/stories/s%00', '/api/entities/e%00']) {
      const res = await send(s.port, 'GET', path, { host });
      expect([res.status, res.body.error], path).toEqual([400, 'invalid-id']);
    }
    expect((await send(s.port, 'GET', '/api/documents/%ED%A0%80', { host })).body.error).toBe('invalid-path');
    const before = (await s.store.counts()).documents;
    const batch = JSON.stringify([{ text: 'Mayor Odile Fenwick spoke.' }, { title: 'x', text: 'Mayor Odile Fenwick spoke again.\u0000' }]);
    const res = await send(s.port, 'POST', '/api/documents', { host }, batch);
    expect([res.status, res.body.error]).toEqual([400, 'invalid-character']);
    expect(res.body.message).toMatch(/^article 1: field "text" holds a NUL character/);
    expect((await s.store.counts()).documents).toBe(before);
  });

  it('refuses damaged UTF-8 in a body as the CLI refuses it in a file', async () => {
    const host = `127.0.0.1:${s.port}`;
    const before = (await s.store.counts()).documents;
    const damaged = Buffer.concat([Buffer.from('{"text":"Café owner Rosa Imbert said '), Buffer.from([0xff, 0xfe]), Buffer.from(' the terrace reopens."}')]);
    const res = await send(s.port, 'POST', '/api/documents', { host }, damaged);
    expect([res.status, res.body.error]).toEqual([400, 'invalid-utf8']);
    expect((await s.store.counts()).documents).toBe(before);
    const malformed = await send(s.port, 'POST', '/api/documents', { host }, '{"text": ');
    expect([malformed.status, malformed.body.error]).toEqual([400, 'malformed-json']);
  });

  it('gives the ingest stage\'s own error code, and a bug a 500 with its stack in the log only', async () => {
    const host = `127.0.0.1:${s.port}`;
    const refused = await send(s.port, 'POST', '/api/documents', { host }, JSON.stringify({ text: 'TOO SHORT' }));
    expect([refused.status, refused.body.error]).toEqual([400, 'no-article']);
    const bug = await send(s.port, 'POST', '/api/documents', { host }, JSON.stringify({ text: 'A BUG in ingest' }));
    expect([bug.status, bug.body.error]).toEqual([500, 'internal']);
    expect(JSON.stringify(bug.body)).not.toMatch(/TypeError|reading 'meta'|\.ts:\d+|at /);
    expect(s.logged).toHaveLength(1);
    expect(s.logged[0]).not.toContain('\n');
    expect(s.logged[0]).toMatch(/500 on POST \/api\/documents: .*TypeError: Cannot read properties.*\\n +at /);
  });
});

describe('write access decided on the listening socket', () => {
  it('needs the token on a server listening on every address, even from this machine', async () => {
    // The refusal comes before any store access: no store is needed to show it.
    const app = createServer({} as Store, { analyzer });
    await app.listen({ port: 0, host: '0.0.0.0' });
    const port = (app.server.address() as AddressInfo).port;
    try {
      const res = await send(port, 'POST', '/api/documents', { host: `127.0.0.1:${port}` }, JSON.stringify({ text: 'Warden Ilka Brandt opened the gate.' }));
      expect([res.status, res.body.error]).toEqual([403, 'writes-disabled']);
    } finally {
      await app.close();
    }
  });
});
