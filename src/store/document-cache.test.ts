import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotatedDocument } from '../../test/store/fixtures.js';
import { DocumentCache } from './document-cache.js';
import { openStore, type Store } from './index.js';

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
});
