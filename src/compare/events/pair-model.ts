import { EVENT_COREF_CONFIG, type EventCorefConfig } from './config.js';
import { EVENT_PAIR_FEATURES, eventPairFeaturesInto, eventPairWords, type StorySetting, storySetting } from './features.js';
import type { EventMention } from './mention.js';
import { clusterEvents, type StoryScorer } from './cluster.js';
import { EVENT_PAIR_WEIGHTS } from './pair-weights.js';
import { type EventForest, forestMargin } from './forest.js';

/** Logistic weights over `EVENT_PAIR_FEATURES`, and the average-link merge threshold chosen with them. */
export interface EventPairModel {
  features: readonly string[];
  weights: number[];
  /** Weights of sparse lexical features (eventPairWords); absent ones weigh 0. */
  words: Record<string, number>;
  threshold: number;
  /** Boosted trees over the same features whose log-odds add to the weights' (absent: logistic only). */
  forest?: EventForest;
}

/** The committed model (pair-weights.ts, written by train/events.ts), or null when it was trained on another feature list. */
export function committedPairModel(): EventPairModel | null {
  const m = EVENT_PAIR_WEIGHTS;
  return m.features.join(',') === EVENT_PAIR_FEATURES.join(',') ? m : null;
}

/** One pair's features, overwritten by each pair scored (scoring never nests). */
const features = new Float64Array(EVENT_PAIR_FEATURES.length);

/** The probability that two mentions name one event; 0 when their predicates name different kinds of event. */
export function pairProbability(model: EventPairModel, a: EventMention, b: EventMention, config: EventCorefConfig, setting: StorySetting | null = null): number {
  const x = eventPairFeaturesInto(features, a, b, config, setting);
  let z = 0;
  for (let k = 0; k < x.length; k++) z += model.weights[k] * x[k];
  if (model.forest) z += forestMargin(model.forest, x);
  // The same weights as `eventPairWords(a, b)` names, added in its order, without building its strings for every pair.
  const words = lemmaWeights(model);
  if (a.lemma === b.lemma) {
    const w = words(a.lemma);
    z += w.same;
    z += w.alone;
  } else {
    z += words(a.lemma).alone;
    z += words(b.lemma).alone;
  }
  return 1 / (1 + Math.exp(-z));
}

/** A lemma's sparse weights: as the shared lemma of a pair (`same:`), and as either side's (`x:`). */
interface LemmaWeights {
  same: number;
  alone: number;
}

/** Read once per weight table (a fitted model's table is never changed after fitting). */
const lemmaWeightsOf = new WeakMap<Record<string, number>, (lemma: string) => LemmaWeights>();

function lemmaWeights(model: EventPairModel): (lemma: string) => LemmaWeights {
  let lookUp = lemmaWeightsOf.get(model.words);
  if (!lookUp) {
    const known = new Map<string, LemmaWeights>();
    lookUp = (lemma) => {
      let w = known.get(lemma);
      if (!w) {
        const [same, alone] = eventPairWords({ lemma } as EventMention, { lemma } as EventMention);
        known.set(lemma, (w = { same: model.words[same] ?? 0, alone: model.words[alone] ?? 0 }));
      }
      return w;
    };
    lemmaWeightsOf.set(model.words, lookUp);
  }
  return lookUp;
}

/** A clustering scorer from a learned model: no cannot-links, the model weighs clashes. */
export function learnedScorer(model: EventPairModel, config: EventCorefConfig): StoryScorer {
  return (story) => {
    const setting = storySetting(story);
    return (a, b) => ({ score: pairProbability(model, a, b, config, setting), blocked: false });
  };
}

/**
 * One story's mentions clustered as `eval events` measures the product: the committed model at
 * the threshold chosen with it. Null when no committed model matches the feature list.
 */
export function clusterWithCommittedModel(mentions: EventMention[]): EventMention[][] | null {
  const model = committedPairModel();
  if (!model) return null;
  const config = { ...EVENT_COREF_CONFIG, mergeThreshold: model.threshold };
  return clusterEvents(mentions, () => 'story', config, learnedScorer(model, config));
}
