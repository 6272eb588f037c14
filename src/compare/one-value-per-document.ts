import type { Document } from '../model/document.js';

/**
 * What each document states about each thing, grouped by the thing: one value per document and
 * key. A document that gives one thing two values that disagree (two days for one debate, two
 * crowds for one rally, two tenures for one person) tells of two things, or has merged them,
 * and is left out of that key.
 */
export function oneValuePerDocument<T>(documents: readonly Document[], read: (doc: Document) => T[], key: (x: T) => string, agree: (x: T, y: T) => boolean): Map<string, T[]> {
  const byKey = new Map<string, T[]>();
  for (const doc of documents) {
    const mine = new Map<string, T | null>();
    for (const x of read(doc)) {
      const k = key(x);
      const seen = mine.get(k);
      if (seen === undefined) mine.set(k, x);
      else if (seen !== null && !agree(seen, x)) mine.set(k, null);
    }
    for (const [k, x] of mine) if (x !== null) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(x);
  }
  return byKey;
}
