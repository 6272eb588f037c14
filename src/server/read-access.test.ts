import { describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { stubAnalyzer } from '../../test/api/stub-analyzer.js';
import type { Store } from '../store/index.js';
import { createServer, type ServerOptions } from './app.js';

/**
 * Reads beyond loopback: every GET route of the API refuses without the token, unless the
 * operator declared the server public. The refusal comes before any store access, so an empty
 * object stands for the store: a route that reached it would answer 500, not 401.
 */
function server(opts: Partial<ServerOptions>) {
  return createServer({} as Store, { analyzer: stubAnalyzer, token: 'sesame', requireToken: true, log: () => {}, ...opts });
}

/** Every route the server registered for GET, read from the router's own tree, with its parameters filled in. */
function getRoutes(app: ReturnType<typeof server>): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:[│ ] {3})*)[├└]── (\S+) \(([^)]*)\)/u.exec(line);
    if (!m) continue;
    const depth = [...m[1]].length / 4;
    stack.length = depth;
    stack.push(m[2]);
    if (m[3].split(', ').includes('GET')) routes.push(stack.join(''));
  }
  return routes.filter((p) => p.startsWith('/api')).map((p) => p.replace(/:\w+/g, 'abc'));
}

describe('read access beyond loopback', () => {
  it('refuses every GET route of the API without the token, and answers with it', async () => {
    const app = server({});
    await app.ready();
    const routes = getRoutes(app);
    // The API's read routes are all found: the list cannot silently miss one.
    expect(routes).toEqual(expect.arrayContaining(['/api/stories', '/api/stories/abc', '/api/documents', '/api/documents/abc', '/api/entities/abc', '/api/search', '/api/status', '/api/entities', '/api/documents/abc/status', '/api/jobs/dead-letters']));
    for (const url of routes) {
      for (const authorization of [undefined, 'Bearer wrong', 'sesame', 'Bearer sesame2']) {
        const res = await app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} });
        expect([url, authorization, res.statusCode, res.json().error]).toEqual([url, authorization, 401, 'unauthorized']);
      }
      const head = await app.inject({ method: 'HEAD', url });
      expect([url, head.statusCode]).toEqual([url, 401]);
      const allowed = await app.inject({ method: 'GET', url, headers: { authorization: 'Bearer sesame' } });
      expect([url, allowed.statusCode]).not.toEqual([url, 401]);
    }
    await app.close();
  });

  it('refuses reads by path spellings the router decodes to an API route', async () => {
    const app = server({});
    for (const url of ['/%61pi/documents', '/api/documents?x=1', '/api/documents/', '/api/documents#x']) {
      const res = await app.inject({ method: 'GET', url });
      expect([url, res.statusCode]).toEqual([url, 401]);
    }
    await app.close();
  });

  it('refuses reads outright without a configured token, and serves them to anyone with --public', async () => {
    const closed = server({ token: null });
    const res = await closed.inject({ method: 'GET', url: '/api/stories' });
    expect([res.statusCode, res.json().error]).toEqual([403, 'reads-disabled']);
    await closed.close();
    const open = createServer({ listStories: async () => [], corpusVersion: async () => '0.0.0' } as unknown as Store, { analyzer: stubAnalyzer, token: 'sesame', requireToken: true, publicReads: true });
    const read = await open.inject({ method: 'GET', url: '/api/stories' });
    expect([read.statusCode, read.json()]).toEqual([200, { stories: [], next: null }]);
    // --public opens reads only.
    const write = await open.inject({ method: 'POST', url: '/api/documents', payload: { text: 'Warden Ilka Brandt opened the gate.' } });
    expect([write.statusCode, write.json().error]).toEqual([401, 'unauthorized']);
    await open.close();
  });

  it('decides on the listening socket: on every address reads need the token, on loopback they are open', async () => {
    const listenAndGet = async (host: string) => {
      const app = createServer({ listStories: async () => [], corpusVersion: async () => '0.0.0' } as unknown as Store, { analyzer: stubAnalyzer, token: 'sesame' });
      await app.listen({ port: 0, host });
      const port = (app.server.address() as AddressInfo).port;
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/stories`);
        return res.status;
      } finally {
        await app.close();
      }
    };
    expect(await listenAndGet('0.0.0.0')).toBe(401);
    expect(await listenAndGet('127.0.0.1')).toBe(200);
  });
});
