import type { Document } from '../model/document.js';
import type { Store } from './types.js';

/**
 * Annotated documents kept by a worker process between incremental updates. Consecutive updates
 * load mostly the same candidate stories (an update of ~32 new articles loads ~220 documents, of
 * which it leaves ~30 stories as stored), and reading those documents' layers back from the
 * database and decoding them was a sixth of the updating worker's CPU with the garbage it left.
 *
 * An entry is used only while the document's layer rows are the ones it was read from (their
 * row versions, `Store.layerVersions`): a document annotated again is read again. The corpus
 * stages write to one layer: a story's place retyping sets a mention's type
 * (resolve/story-place-types.ts). Each update therefore gets its own copy of `mentions`; every
 * other layer and the metadata are shared between updates and frozen, so a stage that starts
 * writing elsewhere fails loudly instead of changing what the next update reads.
 */
export class DocumentCache {
  private readonly entries = new Map<string, { version: string; doc: Document }>();

  /** `capacity` documents at most; the least recently used goes first. */
  constructor(private readonly capacity: number) {}

  get size(): number { return this.entries.size; }

  /** The annotated documents of `ids`, in the store's order (`loadDocuments`'), cached ones not read again. */
  async load(store: Store, ids: string[]): Promise<Document[]> {
    if (ids.length === 0) return [];
    const versions = await store.layerVersions(ids);
    // Held here, not looked up again below: remembering the documents read may evict entries of
    // this very load when the cache is full, and a document missing from an update's window
    // would fall out of its story.
    const hits = new Map<string, Document>();
    for (const { id, version } of versions) {
      const entry = this.entries.get(id);
      if (entry?.version === version) hits.set(id, entry.doc);
    }
    const read = new Map((await store.loadDocuments({ annotated: true, ids: versions.filter((v) => !hits.has(v.id)).map((v) => v.id) })).map((d) => [d.id, d]));
    const out: Document[] = [];
    for (const { id, version } of versions) {
      let doc = hits.get(id);
      if (doc) this.touch(id, version, doc);
      else {
        const fresh = read.get(id);
        // Gone or no longer annotated since the versions were read: loadDocuments leaves it out too.
        if (!fresh) continue;
        doc = frozen(fresh);
        this.touch(id, version, doc);
      }
      out.push(handOut(doc));
    }
    return out;
  }

  /** Makes the document the most recently used entry, evicting the least recently used beyond capacity. */
  private touch(id: string, version: string, doc: Document): void {
    this.entries.delete(id);
    this.entries.set(id, { version, doc });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** One update's view of a cached document: its own document and layers objects, and its own copy of the mentions. */
function handOut(doc: Document): Document {
  const layers = { ...doc.layers };
  if (doc.layers.mentions) layers.mentions = structuredClone(doc.layers.mentions);
  return { ...doc, layers };
}

/** The document with its metadata and every layer but the mentions frozen, deeply (typed arrays cannot be). */
function frozen(doc: Document): Document {
  const { mentions, ...shared } = doc.layers;
  deepFreeze(shared);
  deepFreeze(doc.meta);
  return { ...doc, layers: mentions ? { ...shared, mentions } : shared };
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || Object.isFrozen(value)) return;
  for (const v of Object.values(value)) deepFreeze(v);
  Object.freeze(value);
}
