/**
 * The setting the product runs in, for the coreference harnesses: mentions may be gold (the
 * documented "gold mentions" setting), but nothing else is. Each mention's type comes from the
 * product's tagger and typing (src/annotate/entities/given-mentions.ts), stories from the
 * product's own story grouping of all documents as one pile (the full pipeline, as
 * `eval stories` runs it), and one resolver run clusters the whole pile.
 */
import type { Corpus } from '../src/model/corpus.js';
import type { Document } from '../src/model/document.js';
import { entityMentions } from '../src/annotate/entities/component.js';
import { typeGivenMentions } from '../src/annotate/entities/given-mentions.js';
import { lemmaOf } from '../src/annotate/tokens/vocabulary.js';
import { ingestRecord } from '../src/ingest/record.js';
import { analyzeDocuments } from '../src/pipeline/analyze.js';
import { resolveCorpus } from '../src/resolve/component.js';
import type { Clustering } from './coref-metrics.js';
import { type EcbDocument, entityClusters } from './ecbplus.js';
import { toArticle } from './ecbplus-corpus.js';

/** A document as the harnesses load it: its name and its tokens. */
export interface TokenDocument {
  name: string;
  tokens: EcbDocument['tokens'];
}

/** Retypes a document's (gold) mentions in place with the product's own types. */
export function retypeWithProduct(doc: Document): Document {
  const mentions = doc.layers.mentions ?? [];
  const found = entityMentions({ ...doc, layers: { sentences: doc.layers.sentences, tokens: doc.layers.tokens } });
  const tokens = doc.layers.tokens;
  const tokenAt = new Map<number, number>();
  if (tokens) for (let i = 0; i < tokens.count; i++) tokenAt.set(tokens.start[i], i);
  const lemmaAt = (offset: number) => (tokens && tokenAt.has(offset) ? lemmaOf(tokens.lemma[tokenAt.get(offset)!]) : null);
  const types = typeGivenMentions(doc.text, mentions, { found, lemmaAt });
  mentions.forEach((m, i) => { m.type = types[i]; });
  return doc;
}

/**
 * The product's stories over all documents together: each document's text rebuilt as an
 * article (ordinary spacing, a URL line taken as the URL), the whole pipeline run on the pile.
 * A document too short to ingest, or lost, is a story of its own.
 */
export function productStories(docs: readonly TokenDocument[]): Map<string, string> {
  const ingested: Document[] = [];
  for (const d of docs) {
    const article = toArticle({ name: d.name, topic: '', subtopic: '', tokens: d.tokens, mentions: [], events: [] });
    if (article.text.replace(/\s+/g, '').length < 20) continue;
    try {
      ingested.push(ingestRecord({ text: article.text, url: article.url ?? undefined, outlet: article.outlet ?? undefined }, article.name));
    } catch {
      // Rejected at ingest (too short, another language): grouped with nothing.
    }
  }
  const { corpus } = analyzeDocuments(ingested);
  const nameOf = new Map(ingested.map((d) => [d.id, d.source]));
  const story = new Map<string, string>();
  for (const s of corpus.stories ?? []) for (const id of s.documents) story.set(nameOf.get(id) ?? id, s.id);
  for (const d of docs) if (!story.has(d.name)) story.set(d.name, `alone:${d.name}`);
  return story;
}

/** One resolver run over every document, told the product's stories (null: told none, all one story). */
export function productClusters(documents: Document[], storyOf: Map<string, string> | null): Clustering {
  const corpus: Corpus = { documents };
  resolveCorpus(corpus, { geo: false, storyOf: storyOf ? (doc) => storyOf.get(doc) ?? doc : undefined });
  return entityClusters(corpus);
}
