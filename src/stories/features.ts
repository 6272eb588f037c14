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
  /** Entity key to how often each type was tagged on its mentions: taggers disagree on one name across documents. */
  entityTypes: Map<string, Map<EntityType, number>>;
  /** Name key and the resolved entity id of each mention that has one: spellings the resolver linked. */
  resolvedAs: [string, string][];
  /** People and organisations the document is about: named at least twice, most mentioned first (set by the grouper, which sees every document's types). */
  actors: string[];
  /** Content lemmas of the body, and the title's words (a headline names the event; its words count twice). */
  lemmas: Map<string, number>;
  signature: Uint32Array;
  /** Days since 1970 of the publication date, when known. */
  day: number | null;
}

export function storyFeatures(corpus: Corpus, doc: Document): StoryFeatures {
  const entities = new Map<string, number>();
  const entityTypes = new Map<string, Map<EntityType, number>>();
  const resolvedAs: [string, string][] = [];
  (doc.layers.mentions ?? []).forEach((m, i) => {
    if (m.type === 'MISC') return;
    // The name itself, whatever type the tagger gave it here: "Klitschko" tagged a place in one
    // report and a person in the next is one protagonist. The resolved id adds spelling variants.
    const name = nameKey(m.text);
    if (!name) return;
    const id = corpus.mentionEntity?.get(`${doc.id}:${i}`);
    if (id !== undefined) resolvedAs.push([name, id]);
    entities.set(name, (entities.get(name) ?? 0) + 1);
    const votes = entityTypes.get(name) ?? entityTypes.set(name, new Map()).get(name)!;
    votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  });
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
    entityTypes,
    resolvedAs,
    actors: [],
    lemmas,
    signature: signature(shingleHashes(bodyText(doc), 3)),
    day: Number.isFinite(published) ? Math.round(published / 86_400_000) : null,
  };
}

/** A mention's name, case and possessive dropped: the key that holds across documents and tag types. */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/['\u2019]s?$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether the corpus-wide tags of an entity make it a person or organisation. */
export function isActor(votes: Map<EntityType, number> | undefined): boolean {
  if (!votes) return false;
  let actor = 0;
  let all = 0;
  for (const [t, c] of votes) { all += c; if (ACTOR_TYPES.has(t)) actor += c; }
  return 2 * actor > all;
}

const FUNCTION_WORDS = new Set(('a an the and or but of in on at to for from by with as is are was were be been has have had ' +
  'it its this that these those he she they his her their not no after before over into up out new says said will would').split(' '));

/** The title is not part of the annotated body: its words, lower-cased, function words dropped. */
function titleWords(title: string | null): string[] {
  if (!title) return [];
  const words = title.toLowerCase().replace(/['\u2019]s\b/g, '').match(/[\p{L}\p{N}][\p{L}\p{N}.:-]*/gu) ?? [];
  return words.map((w) => w.replace(/[.:-]+$/, '')).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w));
}
