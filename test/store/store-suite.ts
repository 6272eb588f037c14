import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { lemmaOf } from '../../src/annotate/tokens/vocabulary.js';
import { annotatedDocument, dossierOf, dossierWithNames } from './fixtures.js';

/** One behavioural suite, run against every engine: both must answer the same. */
export function storeSuite(open: () => Promise<Store>): void {
  let store: Store;
  beforeEach(async () => { store = await open(); });
  afterEach(async () => { await store.close(); });

  const a = () => annotatedDocument('Ilsa Marrow closed the harbour of Velmora on Monday.', { title: 'Harbour closed', outlet: 'Coast Herald', published: '2031-03-01' });
  const b = () => annotatedDocument('Marrow ordered the harbour shut, officials said on Tuesday.', { title: 'Port shut', outlet: 'Velmora Daily', published: '2031-03-02' });

  it('stores a document with its layers and reads it back, typed arrays included', async () => {
    const doc = a();
    const res = await store.addDocuments([doc], { html: new Map([[doc.id, '<p>raw</p>']]) });
    expect(res).toEqual({ added: [doc.id], existing: [] });
    const back = await store.getDocument(doc.id);
    expect(back?.text).toBe(doc.text);
    expect(back?.meta.title).toBe('Harbour closed');
    expect(back?.html).toBe('<p>raw</p>');
    expect(back?.annotated).toBe(true);
    expect(back?.layers.tokens?.start).toBeInstanceOf(Int32Array);
    expect([...back!.layers.tokens!.end]).toEqual([4, 9]);
    expect([...back!.layers.tokens!.pos]).toEqual([12, 16]);
    expect([...back!.layers.tokens!.lemma].map(lemmaOf)).toEqual(['ilsa', 'close']);
    expect(back?.layers.mentions?.[0].text).toBe('Ilsa');
    expect(await store.getDocument('nope')).toBeNull();
  });

  it('stores the same article once however often it is ingested', async () => {
    await store.addDocuments([a()]);
    const again = await store.addDocuments([a(), a()]);
    expect(again.added).toEqual([]);
    expect(again.existing).toHaveLength(2);
    expect((await store.counts()).documents).toBe(1);
  });

  it('completes a stored, unannotated document when its layers arrive', async () => {
    const raw = annotatedDocument('Velmora reopened its harbour.', { annotated: false });
    await store.addDocuments([raw], { annotated: false });
    expect((await store.counts()).annotated).toBe(0);
    expect(await store.loadDocuments({ annotated: true })).toHaveLength(0);
    await store.addDocuments([annotatedDocument('Velmora reopened its harbour.')]);
    expect((await store.counts()).annotated).toBe(1);
    const [doc] = await store.loadDocuments({ annotated: true });
    expect(doc.layers.regions).toHaveLength(1);
  });

  it('replaces layers in one transaction', async () => {
    const doc = a();
    await store.addDocuments([doc]);
    doc.layers.mentions = [];
    await store.saveLayers(doc);
    expect((await store.getDocument(doc.id))?.layers.mentions).toEqual([]);
    await expect(store.saveLayers(b())).rejects.toThrow(/no stored document/);
  });

  it('loads every stored document for corpus re-analysis', async () => {
    await store.addDocuments([b(), a()]);
    const docs = await store.loadDocuments();
    expect(docs.map((d) => d.meta.published)).toEqual(['2031-03-01', '2031-03-02']);
    expect(docs[0].layers.tokens?.sentence).toBeInstanceOf(Int32Array);
    expect((await store.listDocuments()).map((d) => d.title)).toEqual(['Harbour closed', 'Port shut']);
  });

  it('saves an analysis run and answers stories, dossiers, entities and search', async () => {
    const docs = [a(), b()];
    await store.addDocuments(docs);
    const run = await store.saveAnalysis(dossierOf(docs));
    expect(run).toBeGreaterThan(0);
    const stories = await store.listStories();
    expect(stories).toEqual([{ id: 'story-1', title: 'Harbour dispute in Velmora', earliest: '2031-03-01', latest: '2031-03-02', publishers: 2, documents: 2, claims: 1, conflicts: 1, updated: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }]);
    const dossier = await store.getStoryDossier('story-1');
    expect(dossier?.stories[0].claims[0].text).toBe('Marrow closed the harbour');
    expect(dossier?.documents.map((d) => d.id).sort()).toEqual(docs.map((d) => d.id).sort());
    expect(await store.getStoryDossier('none')).toBeNull();
    expect((await store.storiesOfDocument(docs[0].id)).map((d) => d.stories[0].id)).toEqual(['story-1']);
    const entity = await store.getEntity('e1');
    expect(entity?.aliases).toContain('Marrow');
    expect(entity?.stories).toEqual([{ id: 'story-1', title: 'Harbour dispute in Velmora' }]);
    const hits = await store.search('marrow');
    expect(hits.map((h) => h.kind).sort()).toEqual(['claim', 'document', 'document', 'entity']);
    expect(await store.search('100%_')).toEqual([]);
  });

  it('records which documents the saved analysis covered, and finds those left outside it', async () => {
    await store.addDocuments([a()]);
    expect(await store.pendingWork()).toEqual({ unanalysed: 1, unannotated: [] });
    await store.saveAnalysis(dossierOf([a()]));
    expect(await store.pendingWork()).toEqual({ unanalysed: 0, unannotated: [] });
    // Stored after the run (a crash before the next analysis was saved): outside every story.
    await store.addDocuments([b()]);
    const queued = annotatedDocument('Velmora reopened its harbour.', { annotated: false });
    await store.addDocuments([queued], { annotated: false });
    expect(await store.pendingWork()).toEqual({ unanalysed: 1, unannotated: [queued.id] });
    // A queued job will annotate it: not an orphan.
    await (await store.queue()).queueAnnotation([queued.id]);
    expect((await store.pendingWork()).unannotated).toEqual([]);
    // A run that read only some documents covers only those.
    await store.saveAnalysis(dossierOf([a()]), {}, [a().id]);
    expect((await store.pendingWork()).unanalysed).toBe(1);
    await store.saveAnalysis(dossierOf([a(), b()]));
    expect((await store.pendingWork()).unanalysed).toBe(0);
  });

  it('finds an entity by every spelling it holds, and other writings of them, with all its claims by id', async () => {
    const { docs, dossier, spellings } = dossierWithNames();
    await store.addDocuments(docs);
    await store.saveAnalysis(dossier);
    const variants = ['Al Qassar', "al-Qas'sar", 'Qasar', 'Kassar', 'Idris Qassar', 'القصار', 'Кассар', 'idriss'];
    for (const q of [...spellings, ...variants]) {
      const hits = await store.search(q);
      const entity = hits.find((h) => h.kind === 'entity');
      expect(entity?.id, q).toBe('e-qassar');
      expect(entity?.claims, q).toEqual([{ story: 'story-1', id: 'c1' }, { story: 'story-1', id: 'c2' }]);
      expect(hits.filter((h) => h.kind === 'claim').map((h) => h.id), q).toEqual(['c1', 'c2']);
      expect(hits.some((h) => h.id === 'e-other'), q).toBe(false);
    }
    expect((await store.search('Nashrif')).filter((h) => h.kind === 'entity')).toEqual([]);
  });

  it('replaces the previous run atomically on re-analysis', async () => {
    const docs = [a(), b()];
    await store.addDocuments(docs);
    await store.saveAnalysis(dossierOf(docs, 'First title'));
    const broken = dossierOf(docs, 'Second title');
    broken.stories.push({ ...broken.stories[0] }); // duplicate story id: the insert fails
    await expect(store.saveAnalysis(broken)).rejects.toThrow();
    expect((await store.listStories()).map((s) => s.title)).toEqual(['First title']);
    await store.saveAnalysis(dossierOf(docs, 'Second title'));
    expect((await store.listStories()).map((s) => s.title)).toEqual(['Second title']);
    expect((await store.counts()).runs).toBe(2);
  });
  // The job queue's behaviour (pg-boss on both engines) is tested in worker-queue.test.ts.
}
