import type { LabelSet } from './labels.js';
import { SparseWeights } from './sparse-weights.js';

/**
 * A linear sequence model: hashed feature weights per label plus label-transition weights,
 * decoded with first-order Viterbi under the BILOU constraints.
 */
export class LinearModel {
  readonly mask: number;
  /** Set by `freeze`: the non-zero rows packed, read instead of `weights`. */
  private sparse: SparseWeights | null = null;

  constructor(
    readonly labels: LabelSet,
    readonly bits: number,
    /** weights[bucket * labels + label]; Int8Array once quantised (then multiplied by `scale`). */
    public weights: Float32Array | Int8Array,
    /** transitions[(prev + 1) * labels + cur], in the same units as `weights`. */
    public transitions: Float32Array,
  ) {
    this.mask = (1 << bits) - 1;
  }

  /**
   * A model that will only decode from now on (a loaded model, not one in training) reads its
   * weights packed: the same emissions, far fewer cache misses. The dense table (2^bits × labels,
   * 36 MB for the committed model) is let go: a frozen model is neither trained nor saved.
   */
  freeze(): this {
    this.sparse = new SparseWeights(this.weights, this.labels.size);
    this.weights = this.weights instanceof Int8Array ? new Int8Array(0) : new Float32Array(0);
    return this;
  }

  get frozen(): boolean {
    return this.sparse !== null;
  }

  /**
   * The packed weights of a frozen quantised model, whose sums are of integers: exact in any
   * order, so a caller may sum some slots once (per word) and the rest per token. Null otherwise.
   */
  get exactSparse(): SparseWeights | null {
    return this.sparse && this.weights instanceof Int8Array ? this.sparse : null;
  }

  /** Sums the weights of each token's features into emissions[token * labels + label]. */
  emissions(feats: Uint32Array, perToken: number, n: number, out: Float64Array): void {
    if (this.sparse) {
      this.sparse.emissions(feats, perToken, n, out);
      return;
    }
    const L = this.labels.size;
    const w = this.weights;
    out.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const base = i * perToken;
      const ob = i * L;
      for (let k = 0; k < perToken; k++) {
        const wb = feats[base + k] * L;
        for (let y = 0; y < L; y++) out[ob + y] += w[wb + y];
      }
    }
  }

  /** Best label sequence under the constraints; writes label ids into `path`. */
  viterbi(em: Float64Array, n: number, path: Int32Array): void {
    const L = this.labels.size;
    const allowed = this.labels.allowed;
    const tr = this.transitions;
    const score = new Float64Array(n * L);
    const back = new Int32Array(n * L);
    for (let y = 0; y < L; y++) score[y] = allowed[y] ? em[y] + tr[y] : -Infinity;
    for (let i = 1; i < n; i++) {
      const prevRow = (i - 1) * L;
      const row = i * L;
      for (let y = 0; y < L; y++) {
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < L; p++) {
          const a = (p + 1) * L + y;
          if (!allowed[a]) continue;
          const s = score[prevRow + p] + tr[a];
          if (s > best) { best = s; arg = p; }
        }
        score[row + y] = best + em[row + y];
        back[row + y] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    const last = (n - 1) * L;
    for (let y = 0; y < L; y++) {
      if (!this.labels.canEnd[y]) continue;
      if (score[last + y] > best) { best = score[last + y]; arg = y; }
    }
    for (let i = n - 1; i >= 0; i--) {
      path[i] = arg;
      arg = back[i * L + arg];
    }
  }
}
