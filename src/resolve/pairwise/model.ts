import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURES } from './features.js';

/** A logistic-regression pair scorer: the probability that two chains name one actor. */
export interface PairModel {
  features: string[];
  weights: number[];
  /** At or above this probability the pair merges; between `possible` and it, a possible alias. */
  merge: number;
  possible: number;
}

export function probability(model: PairModel, x: number[]): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += model.weights[k] * x[k];
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
export function trainLogistic(xs: number[][], ys: number[], options: TrainOptions = {}): number[] {
  const epochs = options.epochs ?? 400;
  const l2 = options.l2 ?? 1e-3;
  const rate = options.rate ?? 0.5;
  const dim = xs[0]?.length ?? FEATURES.length;
  const w = new Array<number>(dim).fill(0);
  const g2 = new Array<number>(dim).fill(1e-8);
  const positives = ys.reduce((n, y) => n + y, 0);
  const negatives = ys.length - positives;
  const weightOf = (y: number) => (y === 1 ? 0.5 / Math.max(1, positives) : 0.5 / Math.max(1, negatives));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = w.map((wk, k) => (k === 0 ? 0 : l2 * wk));
    xs.forEach((x, i) => {
      let z = 0;
      for (let k = 0; k < dim; k++) z += w[k] * x[k];
      const err = (1 / (1 + Math.exp(-z)) - ys[i]) * weightOf(ys[i]);
      for (let k = 0; k < dim; k++) grad[k] += err * x[k];
    });
    for (let k = 0; k < dim; k++) {
      g2[k] += grad[k] * grad[k];
      w[k] -= (rate * grad[k]) / Math.sqrt(g2[k]);
    }
  }
  return w;
}

/** models/coref/ at the package root, from src/resolve/pairwise/ or dist/src/resolve/pairwise/. */
export function modelPath(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const fromDist = /[\\/]dist[\\/]src[\\/]resolve[\\/]pairwise[\\/]?$/.test(here);
  return fileURLToPath(new URL(fromDist ? '../../../../models/coref/pairwise.json' : '../../../models/coref/pairwise.json', import.meta.url));
}

/** The committed model, or null when it is absent or was trained on another feature set. */
export function loadPairModel(path = modelPath()): PairModel | null {
  if (!existsSync(path)) return null;
  const model = JSON.parse(readFileSync(path, 'utf8')) as PairModel;
  if (model.features.join(',') !== FEATURES.join(',')) return null;
  return model;
}
