import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../index.js';
import { openStore, type Store } from '../../store/index.js';
import { stubAnalyzer } from '../../../test/api/stub-analyzer.js';
import { seedFixtures } from '../../../test/browser/seed.js';

describe('review API', () => {
  let store: Store;
  let app: FastifyInstance;
  let base = '';
  const url = (claim = 'c-ships', story = 'velmora-strike') => `${base}/api/stories/${story}/claims/${claim}/reviews`;
  const post = (body: unknown, claim?: string, headers: Record<string, string> = {}) =>
    fetch(url(claim), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    store = await openStore({ url: null, dir: null });
    await seedFixtures(store);
    app = createServer(store, { analyzer: stubAnalyzer });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('records a verdict (201) and lists it on the claim', async () => {
    const res = await post({ verdict: 'false', reviewer: '  Ana Lind ', note: 'Harbour log: 10 ships.' });
    expect(res.status).toBe(201);
    const { review } = await res.json();
    expect(review).toMatchObject({ verdict: 'false', reviewer: 'Ana Lind', note: 'Harbour log: 10 ships.', claim: 'c-ships' });
    const list = await (await fetch(url())).json();
    expect(list.claim).toEqual({ id: 'c-ships', text: 'Cargo ships were left waiting offshore', status: 'conflicting' });
    expect(list.reviews.map((r: { verdict: string }) => r.verdict)).toEqual(['false']);
    await expect((await fetch(url('c-vote'))).json()).resolves.toMatchObject({ reviews: [] });
  });

  it('refuses bad reviews with named errors', async () => {
    const cases: [unknown, number, string][] = [
      [{ verdict: 'mostly true', reviewer: 'A' }, 400, 'invalid-verdict'],
      [{ verdict: 'true' }, 400, 'missing-reviewer'],
      [{ verdict: 'true', reviewer: '   ' }, 400, 'missing-reviewer'],
      [{ verdict: 'true', reviewer: 'A', rating: 5 }, 400, 'invalid-review'],
      [{ verdict: 'true', reviewer: 'A', note: 7 }, 400, 'invalid-review'],
      [{ verdict: 'true', reviewer: 'A\u0000' }, 400, 'invalid-character'],
      [['true'], 400, 'invalid-review'],
    ];
    for (const [body, status, code] of cases) {
      const res = await post(body);
      expect([res.status, (await res.json()).error], JSON.stringify(body)).toEqual([status, code]);
    }
    const missing = await post({ verdict: 'true', reviewer: 'A' }, 'no-such-claim');
    expect(missing.status).toBe(404);
    const foreign = await post({ verdict: 'true', reviewer: 'A' }, 'c-ships', { origin: 'https://attacker.example' });
    expect(foreign.status).toBe(403);
  });

  it('exports reviews as ClaimReview JSON-LD, every review or a story\'s', async () => {
    await post({ verdict: 'unverified', reviewer: 'Ben Okafor' }, 'c-vote');
    const res = await fetch(`${base}/api/reviews.jsonld`);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const all = await res.json();
    expect(all).toHaveLength(2);
    const [ships, vote] = all;
    expect(ships).toMatchObject({
      '@context': 'https://schema.org', '@type': 'ClaimReview',
      claimReviewed: 'Cargo ships were left waiting offshore',
      author: { '@type': 'Person', name: 'Ana Lind' },
      reviewBody: 'Harbour log: 10 ships.',
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 3, worstRating: 1, alternateName: 'False' },
      itemReviewed: { '@type': 'Claim' },
    });
    expect(ships.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ships.itemReviewed.appearance.map((a: { url: string }) => a.url)).toEqual(['https://coast-herald.example/01-coast-herald', 'https://valley-news.example/02-valley-news']);
    expect(ships.itemReviewed.appearance[0].publisher).toEqual({ '@type': 'Organization', name: 'Coast Herald' });
    // "Unverified" is no point on the true-false scale: it carries its name only.
    expect(vote.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverified' });
    const story = await (await fetch(`${base}/api/reviews.jsonld?story=velmora-strike`)).json();
    expect(story).toHaveLength(2);
    expect((await fetch(`${base}/api/reviews.jsonld?story=nope`)).status).toBe(404);
  });
});

describe('review API beyond loopback', () => {
  it('needs the token to write and to read', async () => {
    const store = await openStore({ url: null, dir: null });
    await seedFixtures(store);
    const app = createServer(store, { analyzer: stubAnalyzer, token: 'sekrit', requireToken: true });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const path = `${base}/api/stories/velmora-strike/claims/c-ships/reviews`;
      const body = JSON.stringify({ verdict: 'true', reviewer: 'A' });
      const anon = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(anon.status).toBe(401);
      expect((await fetch(`${base}/api/reviews.jsonld`)).status).toBe(401);
      const ok = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sekrit' }, body });
      expect(ok.status).toBe(201);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
