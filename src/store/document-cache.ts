import type { Document } from '../model/document.js';
import type { Store } from './types.js';
import { buildChains, useKnownChains, type DocumentChains } from '../resolve/within-doc.js';
import { shareDocumentMemo } from '../model/document-memo.js';

/**
 * Annotated documents kept by a worker process between incremental updates. Consecutive updates
 * load mostly the same candidate stories (an update of ~32 new articles loads ~220 documents, of
 * which it leaves ~30 stories as stored), and reading those documents' layers back from the
 * database and decoding them was a sixth of the updating worker's CPU with the garbage it left.
 *
 * An entry is used only while the document's layer rows are the ones it was read from (their
 * row versions, `Store.layerVersions`): a document annotated again is read again. The corpus
 * stages write to one layer: a story's place retyping sets a mention's type
 * (resolve/story-place-types.ts). Each update therefore gets its own copy of `mentions`; the
 * kept document (its mentions too), its metadata and its within-document chains are shared
 * between updates and frozen, so a stage that starts writing to them fails loudly instead of
 * changing what the next update reads.
 *
 * An entry also keeps the document's within-document coreference chains, built the first time an
 * update resolves it: they depend on the annotation alone, and rebuilding them for every loaded
 * document at every update was the largest part of the update's resolve stage (5.5 of ~37 CPU s
 * over a 600-article stream). They are built from the kept mentions, which no update writes to.
 * So are the grouper's per-document features and signatures (model/document-memo.ts). The chains
 * being frozen also lets the resolver keep what it derives from them alone (pair verdicts, unit
 * representatives, context sets) from one update to the next (resolve/chain-memo.ts).
 */
export class DocumentCache {
  private readonly entries = new Map<string, Entry>();

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
    const hits = new Map<string, Entry>();
    for (const { id, version } of versions) {
      const entry = this.entries.get(id);
      if (entry?.version === version) hits.set(id, entry);
    }
    const read = new Map((await store.loadDocuments({ annotated: true, ids: versions.filter((v) => !hits.has(v.id)).map((v) => v.id) })).map((d) => [d.id, d]));
    const out: Document[] = [];
    for (const { id, version } of versions) {
      let entry = hits.get(id);
      if (!entry) {
        const fresh = read.get(id);
        // Gone or no longer annotated since the versions were read: loadDocuments leaves it out too.
        if (!fresh) continue;
        entry = { version, doc: frozen(fresh), memo: new Map() };
      }
      this.touch(id, entry);
      out.push(handOut(entry));
    }
    return out;
  }

  /** Makes the entry the most recently used, evicting the least recently used beyond capacity. */
  private touch(id: string, entry: Entry): void {
    this.entries.delete(id);
    this.entries.set(id, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

interface Entry {
  /** The row versions of the document's layers it was read from. */
  version: string;
  doc: Document;
  /** Built the first time an update resolves the document. */
  chains?: DocumentChains;
  /** The other values derived from the annotation alone (model/document-memo.ts), computed the first time an update asks. */
  memo: Map<string, unknown>;
}

/**
 * One update's view of a cached document: its own document and layers objects, its own copy of
 * each mention, and the entry's chains (built from the entry's own mentions, ids from 0).
 */
function handOut(entry: Entry): Document {
  const { doc } = entry;
  const layers = { ...doc.layers };
  // Each mention copied one level deep, the level place retyping writes (`type`); its role stays
  // the kept, frozen object. structuredClone of every loaded document's mentions was garbage the
  // collector swept at every update.
  if (doc.layers.mentions) layers.mentions = doc.layers.mentions.map((m) => ({ ...m }));
  const view = { ...doc, layers };
  useKnownChains(view, () => {
    if (!entry.chains) {
      entry.chains = buildChains(doc, 0);
      deepFreeze(entry.chains);
    }
    return entry.chains;
  });
  shareDocumentMemo(view, doc, entry.memo);
  return view;
}

/** The document with its metadata and layers frozen, deeply (typed arrays cannot be). */
function frozen(doc: Document): Document {
  deepFreeze(doc.layers);
  deepFreeze(doc.meta);
  return { ...doc };
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || Object.isFrozen(value)) return;
  for (const v of Object.values(value)) deepFreeze(v);
  Object.freeze(value);
}
