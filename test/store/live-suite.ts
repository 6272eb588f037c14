import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Document } from '../../src/model/document.js';
import type { Dossier } from '../../src/model/dossier.js';
import type { Store } from '../../src/store/index.js';
import { StaleAnalysisError } from '../../src/store/story-writer.js';
import { LIVE_CORPUS } from '../../src/store/live-config.js';
import { annotatedDocument, dossierOf } from './fixtures.js';

/** A dossier of several stories, each built by dossierOf over its documents under its own id. */
function storiesOf(parts: { id: string; docs: Document[]; title?: string; entity?: string }[]): Dossier {
  const built = parts.map((p) => {
    const d = dossierOf(p.docs, p.title ?? p.id);
    const dates = p.docs.map((x) => x.meta.published!).sort();
    const story = { ...d.stories[0], id: p.id, published: { earliest: dates[0], latest: dates[dates.length - 1] } };
    if (p.entity) story.entities = story.entities.map((e) => ({ ...e, id: p.entity! }));
    return { d, story };
  });
  return { ...built[0].d, documents: built.flatMap((b) => b.d.documents), stories: built.map((b) => b.story) };
}

/** The live corpus's store behaviour (partial replacement, redirects, stale runs), run against every engine. */
export function liveStoreSuite(open: () => Promise<Store>): void {
  let store: Store;
  beforeEach(async () => { store = await open(); });
  afterEach(async () => { await store.close(); });

  const a = annotatedDocument('Ilsa Marrow closed the harbour of Velmora on Monday.', { published: '2031-03-01' });
  const b = annotatedDocument('Marrow ordered the harbour shut, officials said on Tuesday.', { published: '2031-03-02' });
  const c = annotatedDocument('Marrow opened a bridge in Oskarn weeks later.', { published: '2031-04-20' });

  it('replaces only the stories an update names; an entity in two stories keeps both, and the untouched claim links', async () => {
    await store.addDocuments([a, b, c]);
    await store.saveAnalysis(storiesOf([{ id: 's-harbour', docs: [a, b] }, { id: 's-bridge', docs: [c] }]));
    expect((await store.getEntity('e1'))?.stories.map((s) => s.id)).toEqual(['s-harbour', 's-bridge']);
    const run = await store.saveStories(storiesOf([{ id: 's-bridge', docs: [c], title: 'Bridge opened in Oskarn' }]), { replaces: ['s-bridge'], covered: [c.id] });
    expect((await store.listStories()).map((s) => `${s.id} ${s.title}`).sort()).toEqual(['s-bridge Bridge opened in Oskarn', 's-harbour s-harbour']);
    const entity = await store.getEntity('e1');
    expect(entity?.stories).toEqual([{ id: 's-harbour', title: 's-harbour' }, { id: 's-bridge', title: 'Bridge opened in Oskarn' }]);
    expect(entity?.mentions.map((m) => m.document).sort()).toEqual([a.id, b.id, c.id].sort());
    const hit = (await store.search('marrow')).find((h) => h.kind === 'entity');
    expect(hit?.claims).toEqual([{ story: 's-bridge', id: 'c1' }, { story: 's-harbour', id: 'c1' }]);
    expect(run).toBeGreaterThan(0);
    expect(await store.pendingWork()).toEqual({ unanalysed: 0, unannotated: [] });
  });

  it('answers a merged story and a retired entity under their old ids with the survivors', async () => {
    await store.addDocuments([a, b, c]);
    await store.saveAnalysis(storiesOf([{ id: 's-harbour', docs: [a, b] }, { id: 's-bridge', docs: [c] }]));
    await store.saveStories(storiesOf([{ id: 's-harbour', docs: [a, b, c], entity: 'e-marrow' }]), {
      replaces: ['s-harbour', 's-bridge'],
      redirects: [{ kind: 'story', from: 's-bridge', to: 's-harbour' }, { kind: 'entity', from: 'e1', to: 'e-marrow' }],
    });
    expect((await store.getStoryDossier('s-bridge'))?.stories[0].id).toBe('s-harbour');
    expect((await store.getEntity('e1'))?.id).toBe('e-marrow');
    expect((await store.counts()).entities).toBe(1);
    // The merged story splits again under its old id: the id names a story of its own once more.
    await store.saveStories(storiesOf([{ id: 's-harbour', docs: [a, b] }, { id: 's-bridge', docs: [c] }]), { replaces: ['s-harbour'] });
    expect((await store.getStoryDossier('s-bridge'))?.stories[0].documents).toEqual([c.id]);
  });

  it('stores a keyed document\'s grouper terms beside its keys, and counts them once however often it is saved', async () => {
    await store.addDocuments([a, b]);
    const index = new Map([[a.id, { keys: ['n:marrow', 'b:1'], terms: ['e:marrow', 'l:harbour'] }]]);
    await store.saveStories(storiesOf([{ id: 's-harbour', docs: [a] }]), { replaces: 'all', documentIndex: index });
    // A second save of the same document (another worker's update) stores and counts nothing again.
    await store.saveStories(storiesOf([{ id: 's-harbour', docs: [a, b] }]), { replaces: ['s-harbour'], documentIndex: index });
    expect(await store.documentIndex([a.id, b.id])).toEqual(new Map([[a.id, { keys: ['n:marrow', 'b:1'], terms: ['e:marrow', 'l:harbour'] }]]));
    expect(await store.termCounts(['e:marrow', 'l:harbour', 'l:bridge'])).toEqual({ documents: 1, counts: new Map([['e:marrow', 1], ['l:harbour', 1]]) });
  });

  it('finds each new article its own candidate stories when one update takes several', async () => {
    await store.addDocuments([a, b, c]);
    const index = new Map([
      [a.id, { keys: ['n:marrow', 'n:velmora', 'w:harbour'], terms: [] }],
      [b.id, { keys: ['n:marrow', 'w:harbour'], terms: [] }],
      [c.id, { keys: ['n:oskarn'], terms: [] }],
    ]);
    await store.saveStories(storiesOf([{ id: 's-harbour', docs: [a] }, { id: 's-port', docs: [b] }, { id: 's-bridge', docs: [c] }]), { replaces: 'all', documentIndex: index });
    // One story by keys per article: the first article's keys, pooled with the second's, would
    // rank both harbour stories above the bridge and take only the harbour.
    const config = { ...LIVE_CORPUS, maxCandidateStories: 1 };
    const keys = new Map([['new-1', ['n:marrow', 'n:velmora', 'w:harbour']], ['new-2', ['n:oskarn']]]);
    expect((await store.storyContext([], keys, config)).map((s) => s.id)).toEqual(['s-bridge', 's-harbour']);
    // Alone, an article gets exactly its own.
    expect((await store.storyContext([], new Map([['new-1', keys.get('new-1')!]]), config)).map((s) => s.id)).toEqual(['s-harbour']);
    // The document budget bounds the pool: each story holds one document here.
    expect(await store.storyContext([], keys, { ...config, maxCandidateDocuments: 1 })).toHaveLength(1);
  });

  it('refuses to save a run whose stories another process replaced meanwhile, writing nothing', async () => {
    await store.addDocuments([a, b, c]);
    await store.saveAnalysis(storiesOf([{ id: 's-harbour', docs: [a, b] }, { id: 's-bridge', docs: [c] }]));
    const [read] = await store.storyContext([c.id], new Map(), LIVE_CORPUS);
    expect(read).toMatchObject({ id: 's-bridge', documents: [c.id] });
    await store.saveStories(storiesOf([{ id: 's-bridge', docs: [c], title: 'Other worker' }]), { replaces: ['s-bridge'] });
    await expect(store.saveStories(storiesOf([{ id: 's-bridge', docs: [c], title: 'Late worker' }]), {
      replaces: ['s-bridge'],
      read: { stories: [{ id: read.id, run: read.run }], keys: new Map(), documents: [c.id], config: LIVE_CORPUS },
    })).rejects.toThrow(StaleAnalysisError);
    expect((await store.listStories()).map((s) => s.title)).toContain('Other worker');
  });
}
