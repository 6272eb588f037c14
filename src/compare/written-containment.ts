import type { Corpus } from '../model/corpus.js';

/** Mention types that name a place. */
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/**
 * Places the corpus itself writes one inside the other: "Millom, Cumbria", "Nashville,
 * Tennessee" (a place, a comma, the place that holds it). Read from every document, so one
 * report writing "in Millom" and another "in Cumbria" are known to agree though the gazetteer
 * holds no county. A list ("Palmer, Wasilla and Anchorage") is no such pair; one read wrongly
 * only keeps two places from being set against each other.
 */
export function writtenContainment(corpus: Corpus): (inner: string, outer: string) => boolean {
  const within = new Map<string, Set<string>>();
  for (const doc of corpus.documents) {
    const mentions = doc.layers.mentions ?? [];
    for (let i = 0; i + 1 < mentions.length; i++) {
      const [m, n] = [mentions[i], mentions[i + 1]];
      if (!PLACE_TYPES.has(m.type) || !PLACE_TYPES.has(n.type)) continue;
      if (!/^\s*,\s*$/.test(doc.text.slice(m.end, n.start)) || /^\s*(?:,\s*\p{Lu}|and\s|or\s|&)/u.test(doc.text.slice(n.end, n.end + 8))) continue;
      const inner = corpus.mentionEntity?.get(`${doc.id}:${i}`);
      const outer = corpus.mentionEntity?.get(`${doc.id}:${i + 1}`);
      if (!inner || !outer || inner === outer) continue;
      (within.get(inner) ?? within.set(inner, new Set()).get(inner)!).add(outer);
    }
  }
  return (inner, outer) => within.get(inner)?.has(outer) ?? false;
}
