import type { Document } from '../model/document.js';
import { bandKeys } from '../stories/minhash.js';
import { storyFeatures } from '../stories/features.js';
import { titleTerms } from '../stories/title-terms.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** What the store indexes of one document for the story grouper. */
export interface StoryIndexTerms {
  /** Blocking keys: what its candidate stories are found by. */
  keys: string[];
  /** The terms the grouper weighs by how many documents carry them (`e:` name, `l:` lemma): counted once per document, corpus-wide. */
  terms: string[];
}

/**
 * The blocking keys the story grouper finds a document's candidates by, as strings the store
 * indexes: MinHash bands of its text (near-duplicates and close reports), the names it
 * mentions (the grouper's entity keys) and its headline's content words (what a report that
 * names nobody is about). A new article looks its candidate stories up by these keys instead
 * of loading the corpus. The signature, names and lemmas are the grouper's own (storyFeatures),
 * and so are the terms, whose corpus-wide counts give an update the weights a whole-corpus run
 * would give (CorpusTermStats).
 */
export function storyIndexTerms(doc: Document): StoryIndexTerms {
  const features = storyFeatures({ documents: [doc] }, doc);
  const keys = new Set<string>();
  for (const band of bandKeys(features.signature)) keys.add(`b:${band}`);
  for (const name of features.entities.keys()) keys.add(`n:${name}`);
  for (const lemma of titleTerms(doc, CONTENT_POS).lemmas) if (lemma.length >= 3) keys.add(`w:${lemma}`);
  const terms = [...[...features.entities.keys()].map((name) => `e:${name}`), ...[...features.lemmas.keys()].map((lemma) => `l:${lemma}`)];
  return { keys: [...keys], terms };
}

export function storyKeys(doc: Document): string[] {
  return storyIndexTerms(doc).keys;
}
