import type { Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import { posName } from '../annotate/tokens/tokenize.js';
import { shingleHashes, signature } from './minhash.js';
import { bodyText } from './body-text.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** What the story grouper compares: entities (resolved ids), content lemmas, a MinHash signature, the date. */
export interface StoryFeatures {
  doc: Document;
  entities: Map<string, number>;
  lemmas: Map<number, number>;
  signature: Uint32Array;
  day: number | null;
}

export function storyFeatures(corpus: Corpus, doc: Document): StoryFeatures {
  const entities = new Map<string, number>();
  (doc.layers.mentions ?? []).forEach((m, i) => {
    if (m.type === 'MISC') return;
    const key = corpus.mentionEntity?.get(`${doc.id}:${i}`) ?? `${m.type}:${m.text.toLowerCase()}`;
    entities.set(key, (entities.get(key) ?? 0) + 1);
  });
  const lemmas = new Map<number, number>();
  const t = doc.layers.tokens;
  if (t) {
    for (let i = 0; i < t.count; i++) {
      if (!CONTENT_POS.has(posName(t.pos[i]))) continue;
      lemmas.set(t.lemma[i], (lemmas.get(t.lemma[i]) ?? 0) + 1);
    }
  }
  const published = doc.meta.published ? Date.parse(doc.meta.published.slice(0, 10)) : NaN;
  return {
    doc,
    entities,
    lemmas,
    signature: signature(shingleHashes(bodyText(doc), 3)),
    day: Number.isFinite(published) ? Math.round(published / 86_400_000) : null,
  };
}
