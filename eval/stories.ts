/**
 * Story grouping on ECB+: every sub-topic (the ecb or the ecbplus half of a topic, one
 * real-world event reported by several outlets) is one gold story. All documents of the
 * directory go through the product pipeline together, as one pile, and the predicted stories
 * are scored with B-cubed over documents.
 *
 *   npx triangulate eval stories <dir>
 */
import type { Document } from '../src/model/document.js';
import { ingestRecord } from '../src/ingest/record.js';
import { analyzeDocuments } from '../src/pipeline/analyze.js';
import { type EcbArticle, loadEcbArticles } from './ecbplus-corpus.js';

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** B-cubed over items: each item's share of its predicted cluster that is gold-right, and the converse. */
export function bcubed(gold: Map<string, string>, predicted: Map<string, string>): BCubed {
  const count = (labels: Map<string, string>) => {
    const sizes = new Map<string, number>();
    for (const l of labels.values()) sizes.set(l, (sizes.get(l) ?? 0) + 1);
    return sizes;
  };
  const pair = new Map<string, number>();
  for (const [item, g] of gold) {
    const key = `${g}\u0000${predicted.get(item)}`;
    pair.set(key, (pair.get(key) ?? 0) + 1);
  }
  const goldSize = count(gold);
  const predSize = count(predicted);
  let p = 0;
  let r = 0;
  for (const [item, g] of gold) {
    const s = predicted.get(item)!;
    const both = pair.get(`${g}\u0000${s}`)!;
    p += both / predSize.get(s)!;
    r += both / goldSize.get(g)!;
  }
  const precision = p / gold.size;
  const recall = r / gold.size;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function articleDocument(a: EcbArticle): Document {
  return ingestRecord({ text: a.text, url: a.url ?? undefined, outlet: a.outlet ?? undefined }, a.name);
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

export async function main(args: string[]): Promise<void> {
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) throw new Error('usage: triangulate eval stories <dir>');
  const articles = loadEcbArticles(dir);
  const topics = [...new Set(articles.map((a) => Number(a.topic)))].sort((a, b) => a - b);
  const started = Date.now();
  const docs: Document[] = [];
  const rejected: string[] = [];
  for (const a of articles) {
    try {
      docs.push(articleDocument(a));
    } catch (e) {
      rejected.push(`${a.name}: ${(e as Error).message}`);
    }
  }
  const { corpus, failures } = analyzeDocuments(docs);
  const seconds = (Date.now() - started) / 1000;
  const gold = new Map(articles.map((a) => [a.name, a.subtopic]));
  const nameOf = new Map(docs.map((d) => [d.id, d.source]));
  const predicted = new Map<string, string>();
  for (const story of corpus.stories ?? []) for (const d of story.documents) predicted.set(nameOf.get(d) ?? d, story.id);
  // A document the pipeline lost is its own story: it was grouped with nothing.
  for (const a of articles) if (!predicted.has(a.name)) predicted.set(a.name, `lost:${a.name}`);
  const score = bcubed(gold, predicted);
  const goldStories = new Set(gold.values()).size;
  const predictedStories = new Set(predicted.values()).size;
  console.log(`ECB+ story grouping: ${articles.length} documents, topics ${topics[0]}-${topics[topics.length - 1]} (${topics.length} topics), split: dev (the topics in ${dir})`);
  console.log(`command: npx triangulate eval stories ${dir}`);
  console.log(`gold stories (sub-topics): ${goldStories}   predicted stories: ${predictedStories}   pipeline failures: ${failures.length}   rejected at ingest: ${rejected.length}`);
  for (const r of rejected) console.log(`  rejected ${r}`);
  console.log(`B-cubed precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}`);
  console.log(`full pipeline: ${seconds.toFixed(1)} s, ${(articles.length / seconds).toFixed(1)} docs/s`);
  if (args.includes('--errors')) printErrors(articles, predicted);
  console.log(JSON.stringify({ dataset: 'ecbplus', metric: 'story_b3_f1', value: Math.round(score.f1 * 10000) / 10000, precision: Math.round(score.precision * 10000) / 10000, recall: Math.round(score.recall * 10000) / 10000, gold_stories: goldStories, predicted_stories: predictedStories, split: 'dev (topics in dir)' }));
}

/** Each predicted story that mixes sub-topics, and each sub-topic split across stories. */
function printErrors(articles: EcbArticle[], predicted: Map<string, string>): void {
  const byStory = new Map<string, string[]>();
  for (const a of articles) (byStory.get(predicted.get(a.name)!) ?? byStory.set(predicted.get(a.name)!, []).get(predicted.get(a.name)!)!).push(a.subtopic);
  const mixed = [...byStory.entries()].filter(([, subs]) => new Set(subs).size > 1);
  for (const [story, subs] of mixed) {
    const counts = [...new Set(subs)].map((s) => [s, subs.filter((x) => x === s).length] as const).sort((a, b) => b[1] - a[1]);
    // The documents of the minority sub-topics: the ones that joined the wrong story.
    const strays = articles.filter((a) => predicted.get(a.name) === story && a.subtopic !== counts[0][0]).map((a) => a.name);
    console.log(`mixed ${story}: ${counts.map(([s, c]) => `${s}x${c}`).join(' ')}${strays.length <= 3 ? ` (${strays.join(', ')})` : ''}`);
  }
  const bySub = new Map<string, Set<string>>();
  for (const a of articles) (bySub.get(a.subtopic) ?? bySub.set(a.subtopic, new Set()).get(a.subtopic)!).add(predicted.get(a.name)!);
  for (const [sub, stories] of bySub) {
    if (stories.size <= 1) continue;
    // The parts as document lists, the largest first: the small parts are the documents that strayed.
    const parts = [...stories].map((story) => articles.filter((a) => a.subtopic === sub && predicted.get(a.name) === story).map((a) => a.name)).sort((a, b) => b.length - a.length);
    console.log(`split ${sub}: ${stories.size} stories (${parts.map((p) => (p.length <= 3 ? p.join(' ') : `${p.length} documents`)).join(' | ')})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
