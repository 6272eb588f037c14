/**
 * ECB+ cross-document event coreference with gold event mentions and predicted stories.
 *
 *   npx triangulate eval events <dir> [--folds 5] [--errors] [--diagnose]
 *
 * Every document of <dir> goes through the product pipeline as one pile (as eval/stories.ts
 * does): the stories, entity mentions, resolved entities and times the product finds are what
 * the event model reads; no gold topic, sub-topic or entity annotation is used at prediction.
 * Gold event mentions are the ACTION_* and NEG_ACTION_* markables; gold clusters come from
 * CROSS_DOC_COREF instance ids and INTRA_DOC_COREF chains (eval/ecbplus.ts), and each gold
 * trigger becomes an EventMention (src/compare/events) at its head token. Clustering runs within
 * each predicted story.
 *
 * Mention sets: following Cybulska & Vossen (2015) and Barhom et al. (2019), the scored set is
 * the event mentions of the sentences annotated for coreference. The corpus's list of those
 * sentences is not in the data folder, so a sentence counts as annotated when it holds an event
 * mention linked by CROSS_DOC_COREF (as eval/ecbplus.ts does for entities): the headline set.
 * Two other sets are printed beside it because that approximation is uncertain: only the mentions
 * that carry a coreference link themselves, and every event mention. Singletons stay in key and response; MUC, B3, CEAF-e and CoNLL F1 as the
 * CoNLL-2012 scorer defines them (eval/coref-metrics.ts).
 *
 * Links: the shipped learned link model (src/compare/events/pair-weights.ts, fitted by
 * train/events.ts on the headline set of topics 1-35) is scored as it is, which is in-sample;
 * beside it the cross-validated figure refits the model and its merge threshold on k-1 folds of
 * topics and clusters the held-out fold (train/events-model.ts), the held-out clusterings scored
 * together; and the hand-weighted scorer of src/compare/events/score.ts that preceded it.
 *
 * `--diagnose` splits the headline loss by where it arises (`lossBreakdown`). It reads gold
 * topics and sub-topics: a diagnostic of what to work on, never a figure of the product.
 */
import type { Document } from '../src/model/document.js';
import type { Corpus } from '../src/model/corpus.js';
import { analyzeDocuments } from '../src/pipeline/analyze.js';
import { bareEventMention, buildEventMention, clusterEvents, EVENT_COREF_CONFIG, triggerHead, type EventMention } from '../src/compare/events/index.js';
import { committedPairModel, learnedScorer } from '../src/compare/events/pair-model.js';
import { crossValidate } from '../train/events-model.js';
import { candidatePairs } from '../src/compare/events/cluster.js';
import { type EcbDocument, type EcbMention, groupBy, loadEcbPlus, restrict, row } from './ecbplus.js';
import { toArticle, type EcbArticle } from './ecbplus-corpus.js';
import { articleDocument } from './stories.js';
import { type Clustering, type CorefScores, scoreCoref } from './coref-metrics.js';

export interface GoldEvent {
  gold: EcbMention;
  topic: string;
  mention: EventMention;
}

/**
 * Character range of each gold token in the article text: tokens are found in order, skipping
 * white space; quote tokens became straight quotes when the article was rebuilt.
 */
export function tokenRanges(ecb: EcbDocument, text: string): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  let at = 0;
  for (const t of ecb.tokens) {
    const surface = t.text === '``' || t.text === "''" ? '"' : t.text;
    let i = at;
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith(surface, i)) {
      out.set(t.id, [i, i + surface.length]);
      at = i + surface.length;
      continue;
    }
    // A token the rebuilt text moved or dropped (the URL line): look a little ahead, else skip it.
    const found = text.indexOf(surface, at);
    if (found >= 0 && found - at < 40 && surface.length > 0) {
      out.set(t.id, [found, found + surface.length]);
      at = found + surface.length;
    }
  }
  return out;
}

function storyLookup(corpus: Corpus): (doc: string) => string {
  const story = new Map<string, string>();
  for (const s of corpus.stories ?? []) for (const d of s.documents) story.set(d, s.id);
  return (doc) => story.get(doc) ?? `alone:${doc}`;
}

/** Gold event mentions as the product sees them: built on the pipeline's annotation of each article. */
function goldEvents(pairs: { ecb: EcbDocument; article: EcbArticle; doc: Document }[], corpus: Corpus): GoldEvent[] {
  const entityOf = (doc: string, mention: number) => corpus.mentionEntity?.get(`${doc}:${mention}`);
  const out: GoldEvent[] = [];
  for (const { ecb, doc } of pairs) {
    const ranges = tokenRanges(ecb, doc.text);
    const t = doc.layers.tokens;
    for (const gold of ecb.events) {
      const spans = gold.tokens.map((id) => ranges.get(id)).filter((r): r is [number, number] => r !== undefined);
      if (spans.length === 0) continue;
      const range = { start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])) };
      const head = t ? triggerHead(doc, range) : -1;
      const covered = head >= 0 && t!.start[head] < range.end && t!.end[head] > range.start;
      const mention = covered ? buildEventMention(doc, head, gold.id, entityOf) : bareEventMention(doc.id, range, doc.text.slice(spans[spans.length - 1][0], spans[spans.length - 1][1]), gold.id);
      out.push({ gold, topic: ecb.topic, mention });
    }
  }
  return out;
}

function goldClustering(events: GoldEvent[]): Clustering {
  return [...groupBy(events, (e) => e.gold.gold).values()].map((es) => es.map((e) => e.gold.id));
}

function ids(clusters: EventMention[][]): Clustering {
  return clusters.map((c) => c.map((m) => m.id));
}

/** Same-lemma baseline: the trigger lemmas the product gives, one cluster per lemma within a predicted story. */
function sameLemma(events: GoldEvent[], storyOf: (doc: string) => string): Clustering {
  return [...groupBy(events, (e) => `${storyOf(e.mention.doc)}|${e.mention.lemma}`).values()].map((es) => es.map((e) => e.gold.id));
}

interface Scored {
  label: string;
  events: GoldEvent[];
}

export interface EventCorpus {
  pairs: { ecb: EcbDocument; article: EcbArticle; doc: Document }[];
  corpus: Corpus;
  failures: unknown[];
  storyOf: (doc: string) => string;
  all: GoldEvent[];
}

/** Every document through the pipeline as one pile, then each gold event mention built on its annotation. */
export function loadEventMentions(dir: string): EventCorpus {
  const pairs: EventCorpus['pairs'] = [];
  for (const ecb of loadEcbPlus(dir)) {
    const article = toArticle(ecb);
    try {
      pairs.push({ ecb, article, doc: articleDocument(article) });
    } catch {
      // A document too short to ingest (eval/stories.ts reports these); its mentions are left out.
    }
  }
  const { corpus, failures } = analyzeDocuments(pairs.map((p) => p.doc));
  return { pairs, corpus, failures, storyOf: storyLookup(corpus), all: goldEvents(pairs, corpus) };
}

export async function main(args: string[]): Promise<void> {
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--folds');
  if (!dir) throw new Error('usage: triangulate eval events <dir> [--folds 5] [--errors] [--diagnose]');
  const folds = Number(args.includes('--folds') ? args[args.indexOf('--folds') + 1] : 5);
  const started = Date.now();
  const { pairs, corpus, failures, storyOf, all } = loadEventMentions(dir);
  const pipelineSeconds = (Date.now() - started) / 1000;
  const topics = [...new Set(pairs.map((p) => Number(p.ecb.topic)))].sort((a, b) => a - b);
  const sets: Scored[] = [
    { label: 'coreference-annotated sentences (headline)', events: all.filter((e) => e.gold.annotatedSentence) },
    { label: 'linked mentions only', events: all.filter((e) => !e.gold.gold.includes(':singleton:')) },
    { label: 'every event mention', events: all },
  ];
  const model = committedPairModel();
  if (!model) throw new Error('src/compare/events/pair-weights.ts was trained on another feature list: run train/events.ts');
  const learnedConfig = { ...EVENT_COREF_CONFIG, mergeThreshold: model.threshold };
  const shippedCluster = (events: GoldEvent[]) => ids(clusterEvents(events.map((e) => e.mention), (m) => storyOf(m.doc), learnedConfig, learnedScorer(model, learnedConfig)));
  const handCluster = (events: GoldEvent[]) => ids(clusterEvents(events.map((e) => e.mention), (m) => storyOf(m.doc), EVENT_COREF_CONFIG));

  console.log(`ECB+ event coreference, gold event mentions, predicted stories: ${pairs.length} documents, topics ${topics[0]}-${topics[topics.length - 1]} (${topics.length} topics), split: dev (the topics in ${dir})`);
  console.log(`command: npx triangulate eval events ${dir}${args.includes('--folds') ? ` --folds ${folds}` : ''}`);
  console.log(`pipeline: ${pipelineSeconds.toFixed(1)} s, ${(corpus.stories ?? []).length} predicted stories, ${failures.length} failures; mentions without a token under them: ${all.filter((e) => e.mention.token < 0).length}`);
  console.log(`${''.padEnd(22)} |    MUC R/P/F1     |     B3 R/P/F1     |   CEAF-e R/P/F1   | CoNLL F1`);
  let headline: { shipped: CorefScores; cv: CorefScores; lemma: CorefScores } | null = null;
  for (const set of sets) {
    const key = goldClustering(set.events);
    const shipped = scoreCoref(key, shippedCluster(set.events));
    const lemma = scoreCoref(key, sameLemma(set.events, storyOf));
    // The shipped link model was fitted on the headline set of every topic here: in-sample. The
    // cross-validated row refits it per fold of topics on this set and clusters held-out topics.
    const cv = crossValidate(set.events, (doc) => storyOf(doc), folds);
    console.log(`${set.label}: ${set.events.length} mentions, ${key.length} gold clusters, singletons included`);
    console.log(row('triangulate (shipped)', shipped));
    console.log(row(`cross-validated x${folds}`, cv.scores));
    console.log(row('hand-set weights', scoreCoref(key, handCluster(set.events))));
    console.log(row('same-lemma baseline', lemma));
    console.log(`  shipped: learned links, threshold ${model.threshold} (fitted on the headline set, all topics here); thresholds chosen per fold: ${cv.thresholds.join(' | ')}; held-out folds ${cv.perFold.map((f) => f.toFixed(4)).join(' | ')}`);
    headline ??= { shipped, cv: cv.scores, lemma };
  }
  if (args.includes('--errors')) printErrors(sets[0].events, shippedCluster(sets[0].events));
  if (args.includes('--diagnose')) lossBreakdown(sets[0].events, pairs, storyOf, folds, (events, story) => ids(clusterEvents(events.map((e) => e.mention), (m) => story(m.doc), learnedConfig, learnedScorer(model, learnedConfig))));
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const r = (x: number) => Math.round(x * 10000) / 10000;
  console.log(JSON.stringify({ dataset: 'ecbplus', metric: 'event_conll_f1', value: r(headline!.shipped.conllF1), cross_validated: r(headline!.cv.conllF1), baseline_same_lemma: r(headline!.lemma.conllF1), mentions: 'coreference-annotated sentences', stories: 'predicted', split: `topics ${topics[0]}-${topics[topics.length - 1]} (dev)`, command: `npx triangulate eval events ${dir}` }));
}

/**
 * Links of one oracle: every gold-coreferent pair of one story among `pairsOf(story)` linked,
 * nothing else. The best any scorer of those pairs could reach.
 */
export function oracleClusters(events: GoldEvent[], storyOf: (doc: string) => string, pairsOf: (story: GoldEvent[]) => [number, number][]): Clustering {
  const parent = new Map(events.map((e) => [e.gold.id, e.gold.id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const story of groupBy(events, (e) => storyOf(e.mention.doc)).values()) {
    for (const [i, j] of pairsOf(story)) if (story[i].gold.gold === story[j].gold.gold) parent.set(find(story[i].gold.id), find(story[j].gold.id));
  }
  return [...groupBy(events, (e) => find(e.gold.id)).values()].map((es) => es.map((e) => e.gold.id));
}

/**
 * Where the headline F1 is lost. Story errors: the shipped model and its cross-validated refit
 * clustering within gold sub-topics (and gold topics) instead of predicted stories. Candidate
 * recall: the oracle over the pairs clustering scores (a shared predicate key within a predicted
 * story) against the oracle over every pair of a predicted story. Reads gold topics: diagnostic only.
 */
function lossBreakdown(events: GoldEvent[], pairs: EventCorpus['pairs'], storyOf: (doc: string) => string, folds: number, cluster: (events: GoldEvent[], story: (doc: string) => string) => Clustering): void {
  const subtopic = new Map(pairs.map((p) => [p.doc.id, p.ecb.subtopic]));
  const topic = new Map(pairs.map((p) => [p.doc.id, p.ecb.topic]));
  const key = goldClustering(events);
  const f1 = (c: Clustering) => scoreCoref(key, c).conllF1.toFixed(4);
  console.log('diagnostic (reads gold topics; never the figure): CoNLL F1 of the headline set');
  for (const [label, story] of [['predicted stories', storyOf], ['gold sub-topics', (d: string) => subtopic.get(d) ?? d], ['gold topics', (d: string) => topic.get(d) ?? d]] as const) {
    console.log(`  ${label.padEnd(18)} shipped ${f1(cluster(events, story))}, cross-validated x${folds} ${crossValidate(events, story, folds).scores.conllF1.toFixed(4)}`);
  }
  const keyed = (story: GoldEvent[]) => candidatePairs(story.map((e) => e.mention));
  const every = (story: GoldEvent[]) => {
    const out: [number, number][] = [];
    for (let i = 0; i < story.length; i++) for (let j = i + 1; j < story.length; j++) out.push([i, j]);
    return out;
  };
  const coreferent = (story: GoldEvent[], ps: [number, number][]) => ps.filter(([i, j]) => story[i].gold.gold === story[j].gold.gold).length;
  let unkeyed = 0;
  for (const story of groupBy(events, (e) => storyOf(e.mention.doc)).values()) unkeyed += coreferent(story, every(story)) - coreferent(story, keyed(story));
  console.log(`  oracle links, predicted stories: over candidate pairs (shared predicate key) ${f1(oracleClusters(events, storyOf, keyed))}, over every pair of a story ${f1(oracleClusters(events, storyOf, every))}; coreferent pairs of one story without a shared key: ${unkeyed}`);
}

/** Pairs the shipped model gets wrong, summarised by trigger lemmas: what to look at next. */
function printErrors(events: GoldEvent[], response: Clustering): void {
  const clusterOf = new Map<string, number>();
  response.forEach((c, i) => c.forEach((m) => clusterOf.set(m, i)));
  const wrongMerges = new Map<string, number>();
  const missed = new Map<string, number>();
  const byStory = groupBy(events, (e) => e.topic);
  for (const group of byStory.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        const same = a.gold.gold === b.gold.gold;
        const merged = clusterOf.get(a.gold.id) === clusterOf.get(b.gold.id);
        if (same === merged) continue;
        const key = [a.mention.lemma, b.mention.lemma].sort().join('/');
        const into = same ? missed : wrongMerges;
        into.set(key, (into.get(key) ?? 0) + 1);
      }
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]).slice(0, 30).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`wrong merges (pairs): ${top(wrongMerges)}`);
  console.log(`missed links (pairs): ${top(missed)}`);
  
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
