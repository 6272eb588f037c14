import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotatedDocument } from '../../test/store/fixtures.js';
import { DocumentCache } from './document-cache.js';
import { openStore, type Store } from './index.js';
import { defaultAnalyzer } from '../pipeline/default-analyzer.js';
import { ingestRecord } from '../ingest/record.js';
import { resolveCorpus } from '../resolve/component.js';
import { buildChains, documentChains } from '../resolve/within-doc.js';
import type { Corpus } from '../model/corpus.js';
import { storyFeatures } from '../stories/features.js';

describe('DocumentCache', () => {
  let store: Store;
  const early = annotatedDocument('Ilsa Marr closed the harbour on Monday.', { published: '2026-03-01' });
  const middle = annotatedDocument('Ilsa Marr met the dockers on Wednesday.', { published: '2026-03-03' });
  const late = annotatedDocument('Tomas Ebb reopened the harbour on Friday.', { published: '2026-03-05' });
  const unannotated = annotatedDocument('Petra Voss has not been annotated yet.', { annotated: false });

  beforeEach(async () => {
    store = await openStore({ url: null, dir: null });
    await store.addDocuments([late, middle, early]);
    await store.addDocuments([unannotated], { annotated: false });
  });
  afterEach(() => store.close());

  it('returns what loadDocuments returns, in its order, and reads a cached document again only when its layers were rewritten', async () => {
    const cache = new DocumentCache(10);
    const ids = [late.id, early.id, unannotated.id];
    const expected = await store.loadDocuments({ annotated: true, ids });
    expect(await cache.load(store, ids)).toEqual(expected);
    const reads = vi.spyOn(store, 'loadDocuments');
    expect(await cache.load(store, ids)).toEqual(expected);
    expect(reads).toHaveBeenLastCalledWith({ annotated: true, ids: [] });

    const retyped = { ...early, layers: { ...early.layers, mentions: [{ ...early.layers.mentions![0], type: 'ORG' as const }] } };
    await store.saveLayers(retyped);
    const again = await cache.load(store, ids);
    expect(reads).toHaveBeenLastCalledWith({ annotated: true, ids: [early.id] });
    expect(again.find((d) => d.id === early.id)!.layers.mentions![0].type).toBe('ORG');
  });

  it('gives each load its own mentions, which the corpus stages retype, and refuses writes to the layers it shares', async () => {
    const cache = new DocumentCache(10);
    const [first] = await cache.load(store, [early.id]);
    first.layers.mentions![0].type = 'LOC';
    const [second] = await cache.load(store, [early.id]);
    expect(second.layers.mentions![0].type).toBe('PER');
    expect(second.layers.mentions![0]).not.toBe(first.layers.mentions![0]);
    expect(second.layers.sentences).toBe(first.layers.sentences);
    expect(() => { (second.layers.sentences![0] as { end: number }).end = 1; }).toThrow(TypeError);
    expect(() => { (second.meta as { title: string | null }).title = 'changed'; }).toThrow(TypeError);
  });

  it('keeps at most its capacity, the least recently used going first', async () => {
    const cache = new DocumentCache(1);
    await cache.load(store, [early.id, late.id]);
    expect(cache.size).toBe(1);
    const reads = vi.spyOn(store, 'loadDocuments');
    await cache.load(store, [late.id]);
    expect(reads).toHaveBeenLastCalledWith({ annotated: true, ids: [] });
    await cache.load(store, [early.id]);
    expect(reads).toHaveBeenLastCalledWith({ annotated: true, ids: [early.id] });
  });

  it('returns every document of a load larger than what it keeps, even those the load itself evicts', async () => {
    const cache = new DocumentCache(2);
    await cache.load(store, [middle.id, late.id]);
    // The first document in order is read and kept, evicting the cached ones still to be handed out.
    const window = await cache.load(store, [late.id, middle.id, early.id]);
    expect(window.map((d) => d.id)).toEqual([early.id, middle.id, late.id]);
    expect(cache.size).toBe(2);
  });

  describe('within-document chains', () => {
    const reports = [
      'Harbour master Ilsa Marr closed the port of Velmora on Monday. She said the storm had damaged two piers. Marr told dockers to stay home.',
      'Velmora port chief Ilsa Marr reopened the harbour on Wednesday after repairs. The dockers union, led by Tomas Ebb, welcomed her decision.',
      'Tomas Ebb said on Thursday that Marr had kept the dockers safe. Ebb added that the union would meet her next week.',
    ].map((text, i) => defaultAnalyzer.annotateDocument(ingestRecord({ text, title: `Velmora report ${i + 1}`, published: `2026-03-0${i + 2}` }, `chains#${i}`)));

    it('are built once per kept document, frozen, and resolve the documents as if built afresh', async () => {
      await store.addDocuments(reports);
      const ids = reports.map((d) => d.id);
      const cache = new DocumentCache(10);
      const first = await cache.load(store, ids);
      const plain = await store.loadDocuments({ annotated: true, ids });
      for (const [i, doc] of first.entries()) expect(documentChains(doc, 100)).toEqual(buildChains(plain[i], 0));
      const second = await cache.load(store, ids);
      expect(documentChains(second[0], 0)).toBe(documentChains(first[0], 0));
      expect(Object.isFrozen(documentChains(second[0], 0).chains[0].nodes[0])).toBe(true);

      const resolved = (docs: typeof plain): Corpus => {
        const corpus: Corpus = { documents: docs };
        resolveCorpus(corpus);
        return corpus;
      };
      const fromCache = resolved(await cache.load(store, ids));
      const afresh = resolved(await store.loadDocuments({ annotated: true, ids }));
      expect(fromCache.entities).toEqual(afresh.entities);
      expect(fromCache.mentionEntity).toEqual(afresh.mentionEntity);
      expect(fromCache.possibleAliases).toEqual(afresh.possibleAliases);
    });

    it('share the grouper\'s per-document features between loads, as computed afresh', async () => {
      await store.addDocuments(reports);
      const ids = reports.map((d) => d.id);
      const cache = new DocumentCache(10);
      const first = await cache.load(store, ids);
      const second = await cache.load(store, ids);
      const plain = await store.loadDocuments({ annotated: true, ids });
      const corpus: Corpus = { documents: second };
      resolveCorpus(corpus);
      for (const [i, doc] of second.entries()) expect(storyFeatures(corpus, doc)).toEqual({ ...storyFeatures(corpus, plain[i]), doc });
      expect(storyFeatures(corpus, second[0]).lemmas).toBe(storyFeatures(corpus, first[0]).lemmas);
      expect(storyFeatures(corpus, second[0]).entities).not.toBe(storyFeatures(corpus, first[0]).entities);
      expect(defaultAnalyzer.analyzeCorpus(await cache.load(store, ids)).stories)
        .toEqual(defaultAnalyzer.analyzeCorpus(await store.loadDocuments({ annotated: true, ids })).stories);
    });

    it('are built again for a document annotated again', async () => {
      await store.addDocuments(reports);
      const cache = new DocumentCache(10);
      const [before] = await cache.load(store, [reports[0].id]);
      const chainsBefore = documentChains(before, 0);
      const mentions = reports[0].layers.mentions!.filter((m) => m.text !== 'She');
      await store.saveLayers({ ...reports[0], layers: { ...reports[0].layers, mentions } });
      const [after] = await cache.load(store, [reports[0].id]);
      const chainsAfter = documentChains(after, 0);
      expect(chainsAfter).not.toBe(chainsBefore);
      expect(chainsAfter).toEqual(buildChains(after, 0));
    });
  });
});
