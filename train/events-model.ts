/**
 * Learning the event link model (src/compare/events/pair-model.ts) from gold event mentions:
 * labelled candidate pairs, a logistic fit, and cross-validation by topic. Shared by the trainer
 * (train/events.ts) and the harness (eval/events.ts), so the CV figure both print is one routine.
 */
import { candidatePairs, clusterEvents, EVENT_COREF_CONFIG, type EventMention } from '../src/compare/events/index.js';
import { EVENT_PAIR_FEATURES, eventPairFeatures, eventPairWords, storySetting } from '../src/compare/events/features.js';
import { type EventPairModel, learnedScorer } from '../src/compare/events/pair-model.js';
import { trainLogistic } from '../src/resolve/pairwise/model.js';
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

export type Fitted = Pick<EventPairModel, 'weights' | 'words'>;

export function fit(train: Example[]): Fitted {
  const topicsOf = new Map<string, Set<string>>();
  for (const e of train) for (const w of e.words) (topicsOf.get(w) ?? topicsOf.set(w, new Set()).get(w)!).add(e.topic);
  const vocabulary = new Set([...topicsOf].filter(([, t]) => t.size >= MIN_WORD_TOPICS).map(([w]) => w));
  return trainLogistic(train, vocabulary, { epochs: 300, l2: 1e-3 });
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
export function crossValidate(events: GoldEvent[], storyOf: (doc: string) => string, folds: number): { scores: CorefScores; thresholds: number[] } {
  const topics = [...new Set(events.map((e) => Number(e.topic)))].sort((a, b) => a - b);
  const foldOf = new Map(topics.map((t, i) => [String(t), i % folds]));
  const all = examples(events, storyOf);
  const heldOut: Clustering = [];
  const thresholds: number[] = [];
  for (let f = 0; f < folds; f++) {
    const fitted = fit(all.filter((e) => foldOf.get(e.topic) !== f));
    const [threshold] = bestThreshold(events.filter((e) => foldOf.get(e.topic) !== f), storyOf, fitted);
    thresholds.push(threshold);
    heldOut.push(...clusterWith(events.filter((e) => foldOf.get(e.topic) === f), storyOf, asModel(fitted, threshold)));
  }
  return { scores: scoreCoref(goldKey(events), heldOut), thresholds };
}
