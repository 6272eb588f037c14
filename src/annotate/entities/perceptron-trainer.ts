import { seededRandom } from './hashing.js';
import { PredictionHistory, type FeatureResources } from './features.js';
import type { LabelSet } from './labels.js';
import { LinearModel } from './linear-model.js';
import { SLOTS, fillDynamic, prepareDocument, recordHistory, type PreparedSentence } from './sequence.js';

export interface TrainingDocument {
  sentences: string[][];
  /** Gold label ids per sentence, in the label set's numbering. */
  gold: Int32Array[];
}

export interface TrainOptions {
  labels: LabelSet;
  resources: FeatureResources;
  bits: number;
  maxEpochs: number;
  seed: number;
  /** Epochs without a better dev score before stopping. */
  patience?: number;
  /** Scores the averaged model after an epoch (higher is better); without it every epoch is kept. */
  evaluate?: (model: LinearModel, epoch: number) => number;
  log?: (line: string) => void;
}

export interface TrainResult {
  model: LinearModel;
  bestEpoch: number;
  scores: number[];
}

/**
 * Averaged structured perceptron (Collins 2002) over Viterbi decoding. Documents are visited
 * in a seeded shuffled order; within a document, sentences keep their order so the
 * prediction-history features see the model's own earlier predictions, as at tagging time.
 */
export function trainPerceptron(docs: readonly TrainingDocument[], opts: TrainOptions): TrainResult {
  const L = opts.labels.size;
  const size = (1 << opts.bits) * L;
  const w = new Float32Array(size);
  const u = new Float32Array(size);
  const tw = new Float32Array((L + 1) * L);
  const tu = new Float32Array((L + 1) * L);
  const model = new LinearModel(opts.labels, opts.bits, w, tw);
  const prepared: PreparedSentence[][] = docs.map((d) => prepareDocument(d.sentences, opts.resources, model.mask));
  const random = seededRandom(opts.seed);
  const order = docs.map((_, i) => i);
  let c = 1;
  let em = new Float64Array(256 * L);
  let best: LinearModel | null = null;
  let bestScore = -Infinity;
  let bestEpoch = 0;
  const scores: number[] = [];
  for (let epoch = 1; epoch <= opts.maxEpochs; epoch++) {
    shuffle(order, random);
    let mistakes = 0;
    let tokens = 0;
    for (const di of order) {
      const history = new PredictionHistory(opts.labels.types.length);
      const doc = prepared[di];
      for (let si = 0; si < doc.length; si++) {
        const s = doc[si];
        const gold = docs[di].gold[si];
        const n = s.words.length;
        if (n * L > em.length) em = new Float64Array(n * L);
        fillDynamic(s, history, model.mask);
        model.emissions(s.feats, SLOTS, n, em);
        const pred = new Int32Array(n);
        model.viterbi(em, n, pred);
        tokens += n;
        for (let i = 0; i < n; i++) {
          const g = gold[i];
          const p = pred[i];
          const gPrev = i === 0 ? -1 : gold[i - 1];
          const pPrev = i === 0 ? -1 : pred[i - 1];
          if (g !== p) {
            mistakes++;
            const base = i * SLOTS;
            for (let k = 0; k < SLOTS; k++) {
              const f = s.feats[base + k] * L;
              w[f + g] += 1; u[f + g] += c;
              w[f + p] -= 1; u[f + p] -= c;
            }
          }
          if (g !== p || gPrev !== pPrev) {
            const ga = (gPrev + 1) * L + g;
            const pa = (pPrev + 1) * L + p;
            tw[ga] += 1; tu[ga] += c;
            tw[pa] -= 1; tu[pa] -= c;
          }
        }
        recordHistory(s, pred, model, history);
        c++;
      }
    }
    const averaged = new LinearModel(opts.labels, opts.bits, average(w, u, c), average(tw, tu, c));
    const score = opts.evaluate ? opts.evaluate(averaged, epoch) : epoch;
    scores.push(score);
    opts.log?.(`epoch ${epoch}: ${mistakes} token errors on ${tokens} tokens; dev ${score.toFixed(4)}`);
    if (score > bestScore) { bestScore = score; best = averaged; bestEpoch = epoch; }
    else if (epoch - bestEpoch >= (opts.patience ?? 2)) break;
  }
  return { model: best!, bestEpoch, scores };
}

function average(w: Float32Array, u: Float32Array, c: number): Float32Array {
  const out = new Float32Array(w.length);
  const inv = 1 / c;
  for (let i = 0; i < w.length; i++) out[i] = w[i] - u[i] * inv;
  return out;
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = a[i]; a[i] = a[j]; a[j] = t;
  }
}
