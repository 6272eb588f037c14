import { afterEach, describe, expect, it, vi } from 'vitest';

/** A tab's storage, address bar and fetch, enough for web/src/api.ts to run under Node. */
function browserTab(href: string) {
  const store = new Map<string, string>();
  const seen: { url: string; authorization: string | null }[] = [];
  const tab = { href };
  vi.stubGlobal('sessionStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) });
  vi.stubGlobal('location', { get href() { return tab.href; } });
  vi.stubGlobal('history', { state: null, replaceState: (_s: unknown, _t: string, url: string) => { tab.href = new URL(url, tab.href).href; } });
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    seen.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    return new Response(JSON.stringify({ stories: [], hits: [] }), { status: 200 });
  });
  return { store, seen, tab };
}

describe('web api token', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('takes ?token= once into sessionStorage, drops it from the address and sends it on every read', async () => {
    const { store, seen, tab } = browserTab('http://example.test/?token=s3cret&view=x#/stories');
    const { api } = await import('../../web/src/api.js');
    expect(store.get('triangulate-token')).toBe('s3cret');
    expect(tab.href).toBe('http://example.test/?view=x#/stories');
    await api.stories();
    await api.search('ministry');
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer s3cret', 'Bearer s3cret']);
  });

  it('sends no Authorization header when the tab holds no token', async () => {
    const { seen } = browserTab('http://example.test/');
    const { api } = await import('../../web/src/api.js');
    await api.stories();
    expect(seen[0].authorization).toBeNull();
  });
});
