import { ingestRecord } from '../../src/ingest/record.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import type { Corpus } from '../../src/model/corpus.js';

/** The words of a span of a corpus document. */
export const textOf = (corpus: Corpus, span: { doc: string; start: number; end: number }) => corpus.documents.find((d) => d.id === span.doc)!.text.slice(span.start, span.end);

/** The conflicts with a side whose sentence holds the needle. */
export const involving = (corpus: Corpus, needle: string) => (corpus.conflicts ?? []).filter((c) => c.sides.some((s) => textOf(corpus, s.evidence).includes(needle)));

/** Whether two sentences, each holding its needle, are members of one claim reported by two or more publishers. */
export const corroborated = (corpus: Corpus, a: string, b: string) => (corpus.claims ?? []).some((c) => c.publishers.length > 1 && c.members.some((m) => textOf(corpus, m.evidence).includes(a)) && c.members.some((m) => textOf(corpus, m.evidence).includes(b)));

/** One fictional story told by several outlets: each article is the shared title and lead, then its own lines. */
export interface StoryArticle {
  outlet: string;
  published?: string;
  lines: string[];
}

/** The whole pipeline over articles that share a title and a lead, so that they form one story. */
export function analyseStory(story: { title: string; lead: string }, articles: StoryArticle[]): Corpus {
  const docs = articles.map((a, i) => ingestRecord({ title: story.title, text: [story.lead, ...a.lines].join('\n\n'), outlet: a.outlet, published: a.published }, `${story.title.slice(0, 12)}-${i}.txt`));
  return analyzeDocuments(docs).corpus;
}
