import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURES } from './features.js';

/** A logistic-regression pair scorer: the probability that two chains name one actor. */
export interface PairModel {
  features: string[];
  weights: number[];
  /** Weights of description word pairs (see pairWords), learned from pairs seen in several topics. */
  words: Record<string, number>;
  /** At or above this probability the pair merges; between `possible` and it, a possible alias. */
  merge: number;
  possible: number;
}

export function probability(model: PairModel, x: number[], words: string[] = []): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += model.weights[k] * x[k];
  for (const w of words) z += model.words[w] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export interface TrainOptions {
  epochs?: number;
  l2?: number;
  rate?: number;
}

/**
 * Full-batch gradient descent with L2 and an adaptive step per weight (AdaGrad): deterministic,
 * so the same data always gives the same model. Positives and negatives weigh equally in total,
 * since blocked pairs are mostly negatives and the threshold is chosen afterwards anyway.
 */
export interface Example {
  x: number[];
  /** Sparse indicator features (word pairs); only those listed in `vocabulary` get a weight. */
  words: string[];
  y: number;
}

export function trainLogistic(examples: Example[], vocabulary: Set<string>, options: TrainOptions = {}): { weights: number[]; words: Record<string, number> } {
  const epochs = options.epochs ?? 400;
  const l2 = options.l2 ?? 1e-3;
  const rate = options.rate ?? 0.5;
  const dim = examples[0]?.x.length ?? FEATURES.length;
  const vocab = [...vocabulary].sort();
  const index = new Map(vocab.map((w, k) => [w, dim + k]));
  const size = dim + vocab.length;
  const sparse = examples.map((e) => e.words.map((w) => index.get(w)).filter((k): k is number => k !== undefined));
  const w = new Array<number>(size).fill(0);
  const g2 = new Array<number>(size).fill(1e-8);
  const positives = examples.reduce((n, e) => n + e.y, 0);
  const negatives = examples.length - positives;
  const weightOf = (y: number) => (y === 1 ? 0.5 / Math.max(1, positives) : 0.5 / Math.max(1, negatives));
  const grad = new Array<number>(size).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = 0; k < size; k++) grad[k] = k === 0 ? 0 : l2 * w[k];
    examples.forEach((e, i) => {
      let z = 0;
      for (let k = 0; k < dim; k++) z += w[k] * e.x[k];
      for (const k of sparse[i]) z += w[k];
      const err = (1 / (1 + Math.exp(-z)) - e.y) * weightOf(e.y);
      for (let k = 0; k < dim; k++) grad[k] += err * e.x[k];
      for (const k of sparse[i]) grad[k] += err;
    });
    for (let k = 0; k < size; k++) {
      g2[k] += grad[k] * grad[k];
      w[k] -= (rate * grad[k]) / Math.sqrt(g2[k]);
    }
  }
  const words: Record<string, number> = {};
  vocab.forEach((word, k) => {
    if (Math.abs(w[dim + k]) >= 1e-3) words[word] = w[dim + k];
  });
  return { weights: w.slice(0, dim), words };
}

/**
 * The model the product loads: models/coref/pairwise.json at the package root (from
 * src/resolve/pairwise/ or dist/src/resolve/pairwise/). Training writes a candidate beside it
 * (pairwise-candidate.json); it is adopted by renaming only when it beats the hand-set weights in
 * cross-validation and makes no false merge on the seed acceptance tests.
 */
export function modelPath(file = 'pairwise.json'): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const fromDist = /[\\/]dist[\\/]src[\\/]resolve[\\/]pairwise[\\/]?$/.test(here);
  return fileURLToPath(new URL(fromDist ? `../../../../models/coref/${file}` : `../../../models/coref/${file}`, import.meta.url));
}

/** The committed model, or null when it is absent or was trained on another feature set. */
export function loadPairModel(path = modelPath()): PairModel | null {
  if (!existsSync(path)) return null;
  const model = JSON.parse(readFileSync(path, 'utf8')) as PairModel;
  if (model.features.join(',') !== FEATURES.join(',')) return null;
  return model;
}
