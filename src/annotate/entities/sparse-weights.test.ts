import { describe, expect, it } from 'vitest';
import { LabelSet } from './labels.js';
import { LinearModel } from './linear-model.js';
import { SparseWeights } from './sparse-weights.js';
import { seededRandom } from './hashing.js';
import { Gazetteer } from './gazetteer.js';
import { decodeDocument, prepareDocument } from './sequence.js';

/** A quantised model where most buckets are empty, as a trained one is. */
function sparseModel(bits: number, seed: number): LinearModel {
  const labels = new LabelSet(['PER', 'LOC']);
  const random = seededRandom(seed);
  const weights = new Int8Array((1 << bits) * labels.size);
  for (let b = 0; b < 1 << bits; b++) {
    if (random() > 0.1) continue;
    for (let y = 0; y < labels.size; y++) if (random() < 0.5) weights[b * labels.size + y] = Math.floor(random() * 255) - 127;
  }
  const transitions = new Float32Array((labels.size + 1) * labels.size).map(() => random() - 0.5);
  return new LinearModel(labels, bits, weights, transitions);
}

describe('SparseWeights', () => {
  it('gives the emissions of the dense table, empty buckets included', () => {
    const model = sparseModel(10, 1);
    const sparse = new SparseWeights(model.weights, model.labels.size);
    expect(sparse.size).toBeGreaterThan(0);
    expect(sparse.size).toBeLessThan(1 << 10);
    const random = seededRandom(2);
    const perToken = 7;
    const n = 40;
    // Every bucket, including the first and last of each 32, and repeats within a token.
    const feats = Uint32Array.from({ length: n * perToken }, (_, j) => (j < 1024 ? j : Math.floor(random() * 1024)));
    feats[3] = feats[4];
    const dense = new Float64Array(n * model.labels.size);
    const packed = new Float64Array(n * model.labels.size).fill(99);
    model.emissions(feats, perToken, n, dense);
    sparse.emissions(feats, perToken, n, packed);
    expect(Array.from(packed)).toEqual(Array.from(dense));
  });

  it('decodes a frozen model exactly as the model before freezing', () => {
    const thawed = sparseModel(8, 3);
    const frozen = new LinearModel(thawed.labels, thawed.bits, thawed.weights.slice(), thawed.transitions).freeze();
    const random = seededRandom(4);
    const n = 25;
    const feats = Uint32Array.from({ length: n * 5 }, () => Math.floor(random() * 256));
    const L = thawed.labels.size;
    const a = new Float64Array(n * L);
    const b = new Float64Array(n * L);
    thawed.emissions(feats, 5, n, a);
    frozen.emissions(feats, 5, n, b);
    const pa = new Int32Array(n);
    const pb = new Int32Array(n);
    thawed.viterbi(a, n, pa);
    frozen.viterbi(b, n, pb);
    expect(Array.from(pb)).toEqual(Array.from(pa));
    expect(Array.from(b)).toEqual(Array.from(a));
    // The dense table is let go once packed.
    expect(frozen.frozen).toBe(true);
    expect(frozen.weights.length).toBe(0);
  });

  it('sums some slots once and the rest per token to the same emissions', () => {
    const model = sparseModel(9, 5);
    const sparse = new SparseWeights(model.weights, model.labels.size);
    const L = model.labels.size;
    const random = seededRandom(6);
    const n = 12;
    const perToken = 6;
    const feats = Uint32Array.from({ length: n * perToken }, () => Math.floor(random() * 512));
    const whole = new Float64Array(n * L);
    sparse.emissions(feats, perToken, n, whole);
    const parts = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      const row = new Float64Array(L);
      sparse.addRows([feats[i * perToken], feats[i * perToken + 3]], row);
      parts.set(row, i * L);
    }
    sparse.addSlots(feats, perToken, n, Uint8Array.from([1, 2, 4, 5]), parts);
    expect(Array.from(parts)).toEqual(Array.from(whole));
  });

  it('tags a document with a frozen model exactly as with the same model not frozen', () => {
    const thawed = sparseModel(12, 7);
    const frozen = new LinearModel(thawed.labels, thawed.bits, thawed.weights.slice(), thawed.transitions).freeze();
    const resources = { gazetteer: new Gazetteer(['Springfield']), commonLower: new Set(['the']) };
    const doc = [
      ['Anna', 'Berg', 'visited', 'Springfield', 'on', 'Monday', '.'],
      ['Berg', 'said', 'the', 'talks', 'in', 'Springfield', 'went', 'well', '.'],
      ['THE', 'TALKS', 'END'],
    ];
    // Twice: the second time the frozen model reads its per-word sums back.
    for (let round = 0; round < 2; round++) {
      const a = decodeDocument(thawed, prepareDocument(doc, resources, thawed.mask));
      const b = decodeDocument(frozen, prepareDocument(doc, resources, frozen.mask));
      expect(b.map((p) => Array.from(p))).toEqual(a.map((p) => Array.from(p)));
    }
  });
});
