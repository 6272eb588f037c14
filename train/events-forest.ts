/**
 * Fits the boosted trees of the event link model (src/compare/events/forest.ts): Newton boosting
 * of the logistic loss over the dense pair features, each example starting from a given log-odds
 * (the logistic model's, so the trees learn what it leaves: conjunctions). Split points are read
 * off each feature's values once (at most MAX_CUTS per feature); each node's split is the one
 * with the best second-order gain over those points. Deterministic: the same data, the same trees.
 */
import type { EventForest, EventTree } from '../src/compare/events/forest.js';

export interface ForestOptions {
  trees: number;
  depth: number;
  /** Shrinkage of each tree's leaves. */
  rate: number;
  /** L2 on leaf values, in units of (example-weighted) hessian. */
  lambda: number;
  /** A child needs at least this hessian: no leaf for a handful of pairs. */
  minChildHessian: number;
}

export interface ForestExample {
  x: ArrayLike<number>;
  y: number;
  /** Example weight (class balance). */
  weight: number;
  /** Log-odds the trees add to. */
  start: number;
}

/** Split points per feature: more are rarely needed by features that are flags, counts or overlaps. */
const MAX_CUTS = 32;

/** A feature's candidate split points: each distinct value but the largest, or quantiles when there are many. */
function cutsOf(values: number[]): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= MAX_CUTS + 1) return distinct.slice(0, -1);
  const sorted = [...values].sort((a, b) => a - b);
  const cuts = new Set<number>();
  for (let k = 1; k <= MAX_CUTS; k++) cuts.add(sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / (MAX_CUTS + 1)))]);
  return [...cuts].filter((c) => c < distinct[distinct.length - 1]).sort((a, b) => a - b);
}

/** Bin b of a value: the first cut it does not exceed (cuts.length when above all), so "x <= cuts[k]" is "bin <= k". */
function binOf(cuts: number[], x: number): number {
  let b = 0;
  while (b < cuts.length && x > cuts[b]) b++;
  return b;
}

interface Split {
  feature: number;
  bin: number;
  gain: number;
}

export function fitForest(examples: ForestExample[], options: ForestOptions): EventForest {
  const n = examples.length;
  const dim = examples[0]?.x.length ?? 0;
  const cuts: number[][] = [];
  const bins: Uint8Array[] = [];
  for (let f = 0; f < dim; f++) {
    const c = cutsOf(examples.map((e) => e.x[f]));
    cuts.push(c);
    bins.push(Uint8Array.from(examples, (e) => binOf(c, e.x[f])));
  }
  const margin = Float64Array.from(examples, (e) => e.start);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const gHist = new Float64Array(MAX_CUTS + 1);
  const hHist = new Float64Array(MAX_CUTS + 1);
  const { lambda, minChildHessian } = options;
  const score = (G: number, H: number) => (G * G) / (H + lambda);

  function bestSplit(rows: Int32Array, G: number, H: number): Split | null {
    let best: Split | null = null;
    for (let f = 0; f < dim; f++) {
      const nb = cuts[f].length + 1;
      if (nb < 2) continue;
      gHist.fill(0, 0, nb);
      hHist.fill(0, 0, nb);
      const bf = bins[f];
      for (let r = 0; r < rows.length; r++) {
        const i = rows[r];
        gHist[bf[i]] += g[i];
        hHist[bf[i]] += h[i];
      }
      let GL = 0;
      let HL = 0;
      for (let b = 0; b < nb - 1; b++) {
        GL += gHist[b];
        HL += hHist[b];
        const HR = H - HL;
        if (HL < minChildHessian || HR < minChildHessian) continue;
        const gain = score(GL, HL) + score(G - GL, HR) - score(G, H);
        if (gain > 1e-9 && (!best || gain > best.gain)) best = { feature: f, bin: b, gain };
      }
    }
    return best;
  }

  function grow(tree: EventTree, node: number, rows: Int32Array, depth: number): void {
    let G = 0;
    let H = 0;
    for (let r = 0; r < rows.length; r++) {
      G += g[rows[r]];
      H += h[rows[r]];
    }
    const split = depth < options.depth ? bestSplit(rows, G, H) : null;
    if (!split) {
      const leaf = (-G / (H + lambda)) * options.rate;
      tree.feature[node] = -1;
      tree.value[node] = leaf;
      tree.child[node] = -1;
      for (let r = 0; r < rows.length; r++) margin[rows[r]] += leaf;
      return;
    }
    const bf = bins[split.feature];
    const left = rows.filter((i) => bf[i] <= split.bin);
    const right = rows.filter((i) => bf[i] > split.bin);
    const child = tree.feature.length;
    tree.feature[node] = split.feature;
    tree.value[node] = cuts[split.feature][split.bin];
    tree.child[node] = child;
    tree.feature.push(-1, -1);
    tree.value.push(0, 0);
    tree.child.push(-1, -1);
    grow(tree, child, left, depth + 1);
    grow(tree, child + 1, right, depth + 1);
  }

  const all = Int32Array.from({ length: n }, (_, i) => i);
  const forest: EventForest = [];
  for (let t = 0; t < options.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-margin[i]));
      const w = examples[i].weight;
      g[i] = w * (p - examples[i].y);
      h[i] = w * Math.max(p * (1 - p), 1e-6);
    }
    const tree: EventTree = { feature: [-1], value: [0], child: [-1] };
    grow(tree, 0, all, 0);
    forest.push(tree);
  }
  return forest;
}
