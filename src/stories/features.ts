import type { Corpus } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import type { EntityType } from '../model/mention.js';
import { posName } from '../annotate/tokens/tokenize.js';
import { lemmaOf } from '../annotate/tokens/vocabulary.js';
import { shingleHashes, signature } from './minhash.js';
import { bodyText } from './body-text.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
/** Who an event happens to or is done by: the entities whose difference makes two events two. */
const ACTOR_TYPES = new Set<EntityType>(['PER', 'ORG']);

/** What the story grouper compares: entities (resolved ids), content lemmas, a MinHash signature, the date. */
export interface StoryFeatures {
  doc: Document;
  entities: Map<string, number>;
  /** Entity id to type, for the entities of `entities`. */
  entityType: Map<string, EntityType>;
  /** People and organisations the document is about: named at least twice, most mentioned first. */
  actors: string[];
  /** Content lemmas of the body, and the title's words (a headline names the event; its words count twice). */
  lemmas: Map<string, number>;
  signature: Uint32Array;
  /** Days since 1970 of the publication date, when known. */
  day: number | null;
}

export function storyFeatures(corpus: Corpus, doc: Document): StoryFeatures {
  const entities = new Map<string, number>();
  const entityType = new Map<string, EntityType>();
  (doc.layers.mentions ?? []).forEach((m, i) => {
    if (m.type === 'MISC') return;
    const key = corpus.mentionEntity?.get(`${doc.id}:${i}`) ?? `${m.type}:${m.text.toLowerCase()}`;
    entities.set(key, (entities.get(key) ?? 0) + 1);
    entityType.set(key, m.type);
  });
  const actors = [...entities.entries()]
    .filter(([k, c]) => c >= 2 && ACTOR_TYPES.has(entityType.get(k)!))
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k);
  const lemmas = new Map<string, number>();
  const t = doc.layers.tokens;
  if (t) {
    for (let i = 0; i < t.count; i++) {
      if (!CONTENT_POS.has(posName(t.pos[i]))) continue;
      // Strings, not ids: lemma ids are only comparable within one process.
      const lemma = lemmaOf(t.lemma[i]);
      lemmas.set(lemma, (lemmas.get(lemma) ?? 0) + 1);
    }
  }
  for (const word of titleWords(doc.meta.title)) lemmas.set(word, (lemmas.get(word) ?? 0) + 2);
  const published = doc.meta.published ? Date.parse(doc.meta.published.slice(0, 10)) : NaN;
  return {
    doc,
    entities,
    entityType,
    actors,
    lemmas,
    signature: signature(shingleHashes(bodyText(doc), 3)),
    day: Number.isFinite(published) ? Math.round(published / 86_400_000) : null,
  };
}

const FUNCTION_WORDS = new Set(('a an the and or but of in on at to for from by with as is are was were be been has have had ' +
  'it its this that these those he she they his her their not no after before over into up out new says said will would').split(' '));

/** The title is not part of the annotated body: its words, lower-cased, function words dropped. */
function titleWords(title: string | null): string[] {
  if (!title) return [];
  const words = title.toLowerCase().replace(/['\u2019]s\b/g, '').match(/[\p{L}\p{N}][\p{L}\p{N}.:-]*/gu) ?? [];
  return words.map((w) => w.replace(/[.:-]+$/, '')).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w));
}
