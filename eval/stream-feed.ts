/**
 * Feeds one set of articles to a store as a stream (one at a time, each updating only the
 * stories it touches) and to another as one batch, and reads back what each holds in terms that
 * do not depend on ids: the equivalence test and `eval stream` compare the two.
 */
import type { Document } from '../src/model/document.js';
import type { Analyzer } from '../src/store/analyzer.js';
import { openStore, type Store } from '../src/store/index.js';
import { ingestDocuments } from '../src/store/incremental.js';

/** What a store holds after a run, in ids-free terms: each document's story, and each claim's and conflict's verdict by its evidence. */
export interface StoredOutcome {
  storyOf: Map<string, string>;
  /** Claim evidence (document:start:end of every member, sorted) to status. */
  verdicts: Map<string, string>;
  /** Conflict kind and side evidence, sorted. */
  conflicts: Set<string>;
}

export async function storedOutcome(store: Store): Promise<StoredOutcome> {
  const out: StoredOutcome = { storyOf: new Map(), verdicts: new Map(), conflicts: new Set() };
  const span = (e: { document: string; start: number; end: number }) => `${e.document}:${e.start}:${e.end}`;
  for (const s of await store.listStories()) {
    const story = (await store.getStoryDossier(s.id))!.stories[0];
    for (const d of story.documents) out.storyOf.set(d, s.id);
    for (const c of story.claims) out.verdicts.set(c.evidence.map(span).sort().join(' '), c.status);
    for (const c of story.conflicts) out.conflicts.add(`${c.kind} ${c.sides.map((x) => span(x.evidence)).sort().join(' ')}`);
  }
  return out;
}

/** Publication order, as a feed delivers articles (undated last, then by id). */
export function publicationOrder(docs: Document[]): Document[] {
  return [...docs].sort((a, b) => (a.meta.published ?? '\uffff').localeCompare(b.meta.published ?? '\uffff') || a.id.localeCompare(b.id));
}

export interface FeedTimes {
  batchMs: number;
  /** Milliseconds of each one-document ingest (store, corpus update, save), in feed order. */
  updateMs: number[];
}

/**
 * The same annotated documents in one batch and one by one in publication order, each in a
 * fresh in-memory store; `onFed` sees the stream's progress.
 */
export async function batchAndStream(
  docs: Document[], analyzer: Analyzer, onFed?: (done: number, total: number) => void,
): Promise<{ batch: StoredOutcome; stream: StoredOutcome; times: FeedTimes }> {
  const batchStore = await openStore({ url: null, dir: null });
  const streamStore = await openStore({ url: null, dir: null });
  try {
    const started = Date.now();
    await ingestDocuments(batchStore, analyzer, docs, { annotated: true });
    const times: FeedTimes = { batchMs: Date.now() - started, updateMs: [] };
    const order = publicationOrder(docs);
    for (const d of order) {
      const at = Date.now();
      await ingestDocuments(streamStore, analyzer, [d], { annotated: true });
      times.updateMs.push(Date.now() - at);
      onFed?.(times.updateMs.length, order.length);
    }
    return { batch: await storedOutcome(batchStore), stream: await storedOutcome(streamStore), times };
  } finally {
    await batchStore.close();
    await streamStore.close();
  }
}

/** Share of the keys both maps hold on which they agree. */
export function agreement<K, V>(a: Map<K, V>, b: Map<K, V>): { shared: number; same: number } {
  let shared = 0;
  let same = 0;
  for (const [k, v] of a) if (b.has(k)) { shared++; if (b.get(k) === v) same++; }
  return { shared, same };
}
