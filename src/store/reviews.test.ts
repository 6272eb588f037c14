import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from './index.js';
import { fixtureDocuments, fixtureDossier } from '../../test/browser/seed.js';
import type { Dossier } from '../model/dossier.js';
import { claimAnchors } from './reviews.js';
import { POSTGRES_SKIP_REASON, startPostgres, type TestPostgres } from '../../test/store/postgres-server.js';
import { describeRequiring } from '../../test/support/requires.js';

function reviewSuite(open: () => Promise<Store>): void {
  let store: Store;
  let dossier: Dossier;

  beforeAll(async () => {
    store = await open();
    const docs = fixtureDocuments();
    await store.addDocuments(docs);
    dossier = fixtureDossier(docs);
    await store.saveAnalysis(dossier);
  });
  afterAll(async () => { await store?.close(); });

  const claim = (id: string) => dossier.stories[0].claims.find((c) => c.id === id)!;

  it('stores a verdict with the claim\'s words and the articles it appeared in', async () => {
    const r = await store.reviews().add(dossier, 'velmora-strike', claim('c-ships'), { verdict: 'misleading', note: 'Port log shows 10 ships.', reviewer: 'Ana Lind' });
    expect(r).toMatchObject({ story: 'velmora-strike', claim: 'c-ships', claimText: 'Cargo ships were left waiting offshore', verdict: 'misleading', reviewer: 'Ana Lind' });
    expect(r.appearances.map((a) => a.outlet)).toEqual(['Coast Herald', 'Valley News']);
    expect(r.appearances[0].url).toMatch(/^https:\/\/coast-herald\.example\//);
    expect(await store.reviews().forClaim(claim('c-ships'))).toHaveLength(1);
    expect(await store.reviews().forClaim(claim('c-vote'))).toHaveLength(0);
  });

  it('finds a review again after an analysis run renames the story and its claims', async () => {
    const renamed: Dossier = structuredClone(dossier);
    renamed.stories[0].id = 's1';
    renamed.stories[0].claims = renamed.stories[0].claims.map((c, i) => ({ ...c, id: `s1:c${i + 1}` }));
    await store.saveAnalysis(renamed);
    const ships = renamed.stories[0].claims.find((c) => c.text.startsWith('Cargo ships'))!;
    const found = await store.reviews().forClaim(ships);
    expect(found.map((r) => r.verdict)).toEqual(['misleading']);
    // A claim sharing no evidence with the judged one has no review.
    expect(await store.reviews().forClaim(renamed.stories[0].claims.find((c) => c.text.startsWith('The council'))!)).toEqual([]);
  });

  it('lists reviews by the documents their claim appeared in', async () => {
    const courier = dossier.documents[2].id;
    const herald = dossier.documents[0].id;
    expect(await store.reviews().list({ documents: [courier] })).toEqual([]);
    expect(await store.reviews().list({ documents: [herald] })).toHaveLength(1);
    expect(await store.reviews().list()).toHaveLength(1);
  });

  it('refuses a verdict outside the four', async () => {
    await expect(store.reviews().add(dossier, 'velmora-strike', claim('c-vote'), { verdict: 'mostly' as never, note: '', reviewer: 'x' })).rejects.toThrow();
  });

  it('keys evidence by document and offsets, once each', () => {
    expect(claimAnchors({ evidence: [{ document: 'd1', start: 1, end: 5, text: 'abcd' }, { document: 'd1', start: 1, end: 5, text: 'abcd' }] as never })).toEqual(['d1:1:5']);
  });
}

describe('review store (embedded)', () => reviewSuite(() => openStore({ url: null, dir: null })));

describeRequiring(POSTGRES_SKIP_REASON)('review store (PostgreSQL)', () => {
  let server: TestPostgres;
  beforeAll(async () => { server = await startPostgres(); });
  afterAll(() => server?.stop());
  reviewSuite(async () => openStore({ url: await server.createDatabase('reviews') }));
});
