import type { CorpusComponent } from '../pipeline/component.js';
import type { Corpus, Publisher } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import { basename } from 'node:path';
import { publisherKey } from '../ingest/credit.js';
import { estimatedJaccard, LshIndex } from './minhash.js';
import { textSignature } from './signature-cache.js';
import { bodyText } from './body-text.js';
import { documentMemo } from '../model/document-memo.js';

/** Estimated shingle Jaccard above which two bodies are one text (a copy, lightly edited). */
export const NEAR_DUPLICATE_JACCARD = 0.6;
/** Shingle length for near-duplicate bodies: five words in a row shared by chance are rare. */
const NEAR_DUPLICATE_SHINGLE_WORDS = 5;

/**
 * Groups documents into independent publishers: an outlet's own articles are one publisher;
 * a syndicated copy counts for the publisher its credit line names; near-duplicate bodies are
 * one text, counted for whichever publisher wrote it first.
 */
export function groupPublishers(docs: Document[]): { publishers: Publisher[]; documentPublisher: Map<string, string> } {
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => { const ra = find(a); const rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); };
  const reason = new Map<number, string>();

  const byKey = new Map<string, number>();
  docs.forEach((d, i) => {
    const name = d.meta.syndicatedFrom ?? d.meta.outlet ?? (d.meta.url ? safeHost(d.meta.url) : null);
    if (!name) return;
    const key = publisherKey(name);
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else union(first, i);
    if (d.meta.syndicatedFrom) reason.set(i, `credit line names ${d.meta.syndicatedFrom}`);
  });

  const lsh = new LshIndex<number>();
  // Remembered per process (a live corpus's worker groups the same stored documents at every
  // update), and with the worker's kept document, which spares hashing its text for the lookup.
  const sigs = docs.map((d) => documentMemo(d, 'near-duplicate-signature', (x) => textSignature(x.id, bodyText(x), NEAR_DUPLICATE_SHINGLE_WORDS)));
  docs.forEach((_, i) => {
    for (const j of lsh.candidates(sigs[i])) {
      const sim = estimatedJaccard(sigs[i], sigs[j]);
      if (sim >= NEAR_DUPLICATE_JACCARD) {
        union(i, j);
        // Either may turn out to be the copy (the earlier one is the original): both get a reason.
        reason.set(i, reason.get(i) ?? `near-duplicate text of ${docs[j].id} (shingle similarity ${sim.toFixed(2)})`);
        reason.set(j, reason.get(j) ?? `near-duplicate text of ${docs[i].id} (shingle similarity ${sim.toFixed(2)})`);
      }
    }
    lsh.add(i, sigs[i]);
  });

  const spelledOut = spelledOutNames(docs);
  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(i));
  const publishers: Publisher[] = [];
  const documentPublisher = new Map<string, string>();
  for (const members of groups.values()) {
    const ranked = [...members].sort((a, b) => originality(docs[a]) - originality(docs[b]) || (docs[a].meta.published ?? '~').localeCompare(docs[b].meta.published ?? '~'));
    const original = docs[ranked[0]];
    const written = members.map((i) => docs[i].meta.syndicatedFrom).find(Boolean) ?? original.meta.outlet ?? (original.meta.url ? safeHost(original.meta.url) : null);
    const name = written ? spelledOut.get(publisherKey(written)) ?? written : `unnamed outlet (${basename(original.source)})`;
    const id = written ? `p:${publisherKey(written) || original.id}` : `p:doc-${original.id}`;
    const copies = ranked.slice(1).filter((i) => reason.has(i) || docs[i].meta.syndicatedFrom).map((i) => ({ doc: docs[i].id, reason: reason.get(i) ?? 'same publisher' }));
    if (original.meta.syndicatedFrom) copies.unshift({ doc: original.id, reason: reason.get(ranked[0]) ?? `credit line names ${original.meta.syndicatedFrom}` });
    publishers.push({ id, name, original: original.id, copies });
    for (const i of members) documentPublisher.set(docs[i].id, id);
  }
  return { publishers, documentPublisher };
}

/**
 * The best-written form of each publisher's name: credit lines squash names ("Aljazeera"), while
 * the articles themselves often spell it out ("told Al Jazeera"); a form with the same key and
 * more words wins.
 */
function spelledOutNames(docs: Document[]): Map<string, string> {
  const best = new Map<string, string>();
  for (const d of docs) {
    for (const m of d.layers.mentions ?? []) {
      if (m.type !== 'ORG' || m.text.length > 60) continue;
      const key = publisherKey(m.text);
      const current = best.get(key);
      if (!current || m.text.split(/\s+/).length > current.split(/\s+/).length) best.set(key, m.text);
    }
  }
  return best;
}

/** Originals first: a document that credits nobody ranks before one that credits another outlet. */
function originality(d: Document): number {
  return d.meta.syndicatedFrom ? 1 : 0;
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export const publishersComponent: CorpusComponent = {
  kind: 'corpus',
  name: 'publishers',
  requires: ['cleaned'],
  produces: ['publishers', 'documentPublisher'],
  process(corpus: Corpus) {
    const { publishers, documentPublisher } = groupPublishers(corpus.documents);
    corpus.publishers = publishers;
    corpus.documentPublisher = documentPublisher;
  },
};
