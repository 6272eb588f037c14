/**
 * Learning the event link model (src/compare/events/pair-model.ts) from gold event mentions:
 * labelled candidate pairs, a logistic fit, and cross-validation by topic. Shared by the trainer
 * (train/events.ts) and the harness (eval/events.ts), so the CV figure both print is one routine.
 */
import { candidatePairs, clusterEvents, EVENT_COREF_CONFIG, type EventMention } from '../src/compare/events/index.js';
import { EVENT_PAIR_FEATURES, eventPairFeatures, eventPairWords, storySetting } from '../src/compare/events/features.js';
import { type EventPairModel, learnedScorer } from '../src/compare/events/pair-model.js';
import { trainLogistic } from '../src/resolve/pairwise/model.js';
import { fitForest, type ForestOptions } from './events-forest.js';
import { forestMargin } from '../src/compare/events/forest.js';
import { groupBy } from '../eval/ecbplus.js';
import type { GoldEvent } from '../eval/events.js';
import { type Clustering, type CorefScores, scoreCoref } from '../eval/coref-metrics.js';

/** Merge thresholds tried on the training folds (probabilities of a class-balanced fit, so near 0.5). */
export const THRESHOLDS = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
/** Lexical features seen in at least this many training topics get a weight: fewer would learn one story's words. */
const MIN_WORD_TOPICS = 3;

interface Example {
  x: number[];
  words: string[];
  y: number;
  topic: string;
}

/** The candidate pairs clustering scores (one predicted story, a shared predicate key), labelled by gold clusters. */
export function examples(events: GoldEvent[], storyOf: (doc: string) => string): Example[] {
  const out: Example[] = [];
  for (const group of groupBy(events, (e) => storyOf(e.mention.doc)).values()) {
    const mentions = group.map((e) => e.mention);
    const setting = storySetting(mentions);
    for (const [i, j] of candidatePairs(mentions)) {
      const x = eventPairFeatures(mentions[i], mentions[j], EVENT_COREF_CONFIG, setting);
      out.push({ x, words: eventPairWords(mentions[i], mentions[j]), y: group[i].gold.gold === group[j].gold.gold ? 1 : 0, topic: group[i].topic });
    }
  }
  return out;
}

export type Fitted = Pick<EventPairModel, 'weights' | 'words' | 'forest'>;

/**
 * Trees boosted on the logistic score (`train/events.js --trees N`), fixed before any fit was
 * scored: depth 3 for three-way conjunctions (same lemma x same document x context), a slow rate
 * with enough trees to use it, leaves of at least a few pairs' worth of hessian. Not shipped:
 * held out by topic they lose (models/events/MODEL_CARD.md), so `fit` adds none by default.
 */
export const FOREST_OPTIONS: ForestOptions = { trees: 200, depth: 3, rate: 0.1, lambda: 1, minChildHessian: 5 };

/** The logistic model's log-odds of one example (as pair-model.ts adds them up). */
function logisticMargin(fitted: Fitted, e: Example): number {
  let z = 0;
  for (let k = 0; k < e.x.length; k++) z += fitted.weights[k] * e.x[k];
  for (const w of e.words) z += fitted.words[w] ?? 0;
  return z;
}

/** A fitted model's log-odds for one example, trees included. */
function margin(fitted: Fitted, e: Example): number {
  return logisticMargin(fitted, e) + (fitted.forest ? forestMargin(fitted.forest, e.x) : 0);
}

/** Area under the ROC curve of scores against 0/1 labels (ties broken by input order). */
export function rocAuc(scores: number[], labels: number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  order.forEach((i, rank) => {
    if (labels[i]) {
      positives++;
      rankSum += rank + 1;
    }
  });
  const negatives = labels.length - positives;
  return positives === 0 || negatives === 0 ? 0.5 : (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function fit(train: Example[], forest: ForestOptions | null = null): Fitted {
  const topicsOf = new Map<string, Set<string>>();
  for (const e of train) for (const w of e.words) (topicsOf.get(w) ?? topicsOf.set(w, new Set()).get(w)!).add(e.topic);
  const vocabulary = new Set([...topicsOf].filter(([, t]) => t.size >= MIN_WORD_TOPICS).map(([w]) => w));
  const linear = trainLogistic(train, vocabulary, { epochs: 300, l2: 1e-3 });
  if (!forest || forest.trees === 0) return linear;
  // Classes weigh equally in total, as in the logistic fit; the mean weight is 1, so lambda and
  // the minimum child hessian read in pairs.
  const positives = train.reduce((n, e) => n + e.y, 0);
  const weightOf = (y: number) => train.length / (2 * Math.max(1, y ? positives : train.length - positives));
  const trees = fitForest(train.map((e) => ({ x: e.x, y: e.y, weight: weightOf(e.y), start: logisticMargin(linear, e) })), forest);
  return { ...linear, forest: trees };
}

export function clusterWith(events: GoldEvent[], storyOf: (doc: string) => string, model: EventPairModel): Clustering {
  const config = { ...EVENT_COREF_CONFIG, mergeThreshold: model.threshold };
  return clusterEvents(events.map((e) => e.mention), (m: EventMention) => storyOf(m.doc), config, learnedScorer(model, config)).map((c) => c.map((m) => m.id));
}

export const goldKey = (events: GoldEvent[]): Clustering => [...groupBy(events, (e) => e.gold.gold).values()].map((es) => es.map((e) => e.gold.id));

export const asModel = (fitted: Fitted, threshold: number): EventPairModel => ({ features: EVENT_PAIR_FEATURES, ...fitted, threshold });

export function bestThreshold(events: GoldEvent[], storyOf: (doc: string) => string, fitted: Fitted): [number, number] {
  let best: [number, number] = [THRESHOLDS[0], -1];
  for (const threshold of THRESHOLDS) {
    const f1 = scoreCoref(goldKey(events), clusterWith(events, storyOf, asModel(fitted, threshold))).conllF1;
    if (f1 > best[1]) best = [threshold, f1];
  }
  return best;
}

/**
 * k folds of topics (topic index mod k, as eval/events.ts folds): a model fitted on the other
 * folds, with the threshold best on them, clusters the held-out fold; held-out clusterings are
 * scored together.
 */
export function crossValidate(events: GoldEvent[], storyOf: (doc: string) => string, folds: number, forest: ForestOptions | null = null): { scores: CorefScores; thresholds: number[]; perFold: number[]; pairAuc: number } {
  const topics = [...new Set(events.map((e) => Number(e.topic)))].sort((a, b) => a - b);
  const foldOf = new Map(topics.map((t, i) => [String(t), i % folds]));
  const all = examples(events, storyOf);
  const heldOut: Clustering = [];
  const thresholds: number[] = [];
  const perFold: number[] = [];
  const pairScores: number[] = [];
  const pairLabels: number[] = [];
  for (let f = 0; f < folds; f++) {
    const fitted = fit(all.filter((e) => foldOf.get(e.topic) !== f), forest);
    for (const e of all.filter((e) => foldOf.get(e.topic) === f)) {
      pairScores.push(margin(fitted, e));
      pairLabels.push(e.y);
    }
    const [threshold] = bestThreshold(events.filter((e) => foldOf.get(e.topic) !== f), storyOf, fitted);
    thresholds.push(threshold);
    const held = events.filter((e) => foldOf.get(e.topic) === f);
    const clusters = clusterWith(held, storyOf, asModel(fitted, threshold));
    perFold.push(scoreCoref(goldKey(held), clusters).conllF1);
    heldOut.push(...clusters);
  }
  return { scores: scoreCoref(goldKey(events), heldOut), thresholds, perFold, pairAuc: rocAuc(pairScores, pairLabels) };
}
