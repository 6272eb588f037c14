import type { Document } from '../model/document.js';
import { bandKeys, shingleHashes, signature } from '../stories/minhash.js';
import { bodyText } from '../stories/body-text.js';
import { nameKey } from '../stories/features.js';
import { titleTerms } from '../stories/title-terms.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/**
 * The blocking keys the story grouper finds a document's candidates by, as strings the store
 * indexes: MinHash bands of its text (near-duplicates and close reports), the names it
 * mentions (the grouper's entity keys) and its headline's content words (what a report that
 * names nobody is about). A new article looks its candidate stories up by these keys instead
 * of loading the corpus. The signature is the grouper's own (same text, same shingles).
 */
export function storyKeys(doc: Document): string[] {
  const keys = new Set<string>();
  const sig = signature(shingleHashes(`${doc.meta.title ?? ''}\n${bodyText(doc)}`, 3));
  for (const band of bandKeys(sig)) keys.add(`b:${band}`);
  for (const m of doc.layers.mentions ?? []) {
    if (m.type === 'MISC') continue;
    const name = nameKey(m.text);
    if (name) keys.add(`n:${name}`);
  }
  const title = titleTerms(doc, CONTENT_POS);
  for (const m of title.names) {
    const name = nameKey(m.text);
    if (name) keys.add(`n:${name}`);
  }
  for (const lemma of title.lemmas) if (lemma.length >= 3) keys.add(`w:${lemma}`);
  return [...keys];
}
