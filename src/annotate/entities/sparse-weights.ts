/**
 * The weight rows of a trained model that hold any non-zero weight, packed together. A trained
 * model uses a few percent of its 2^bits buckets (93,528 of 2,097,152 for the committed one), but
 * the dense table is 2^bits × labels bytes (36 MB): summing a token's ~50 features there is ~50
 * cache misses. Packed, the rows fit in 1.6 MB and a bucket's row is found through a bitmap with
 * running counts (512 KB), so most features, which hash to an empty bucket, cost one cached read.
 * Emissions come out identical: only zero weights are skipped, and the rest are added in the same order.
 */
export class SparseWeights {
  /** Per 32 buckets: [bitmap of the buckets that have a row, rows before these 32 buckets]. */
  private readonly index: Uint32Array;
  private readonly rows: Int8Array | Float32Array;
  /** Scratch: row starts of one sentence's features. */
  private found = new Int32Array(4096);

  constructor(dense: Int8Array | Float32Array, private readonly labels: number) {
    const buckets = Math.ceil(dense.length / labels);
    this.index = new Uint32Array(2 * Math.ceil(buckets / 32));
    let count = 0;
    for (let b = 0; b < buckets; b++) {
      if (!rowHasWeight(dense, b * labels, labels)) continue;
      this.index[2 * (b >>> 5)] |= 1 << (b & 31);
      count++;
    }
    this.rows = dense instanceof Int8Array ? new Int8Array(count * labels) : new Float32Array(count * labels);
    let row = 0;
    for (let word = 0; word < this.index.length / 2; word++) {
      this.index[2 * word + 1] = row;
      const bits = this.index[2 * word];
      for (let k = 0; k < 32; k++) {
        if (!((bits >>> k) & 1)) continue;
        const from = (word * 32 + k) * labels;
        this.rows.set(dense.subarray(from, from + labels), row * labels);
        row++;
      }
    }
  }

  /** How many buckets hold a row. */
  get size(): number { return this.rows.length / this.labels; }

  /** As `LinearModel.emissions`: out[token * labels + label] = the sum of the token's features' weights. */
  emissions(feats: Uint32Array, perToken: number, n: number, out: Float64Array): void {
    if (perToken > ALL_SLOTS.length) throw new Error(`at most ${ALL_SLOTS.length} slots per token, got ${perToken}`);
    out.fill(0, 0, n * this.labels);
    this.addSlots(feats, perToken, n, ALL_SLOTS.subarray(0, perToken), out);
  }

  /**
   * Adds to out[token * labels + label] the weights of the features in the given slots of each
   * token. The rows are found for the whole sentence first, then summed: the lookups do not
   * wait on each other's cache misses.
   */
  addSlots(feats: Uint32Array, perToken: number, n: number, slots: Uint8Array, out: Float64Array): void {
    const L = this.labels;
    const rows = this.rows;
    const k = slots.length;
    if (this.found.length < n * k) this.found = new Int32Array(n * k * 2);
    const found = this.found;
    for (let i = 0, j = 0; i < n; i++) {
      const base = i * perToken;
      for (let s = 0; s < k; s++, j++) found[j] = this.rowStart(feats[base + slots[s]]);
    }
    for (let i = 0, j = 0; i < n; i++) {
      const ob = i * L;
      for (let s = 0; s < k; s++, j++) {
        const rb = found[j];
        if (rb < 0) continue;
        for (let y = 0; y < L; y++) out[ob + y] += rows[rb + y];
      }
    }
  }

  /** Adds the rows of the given buckets into out[0, labels). */
  addRows(buckets: ArrayLike<number>, out: Float64Array): void {
    const L = this.labels;
    for (let s = 0; s < buckets.length; s++) {
      const rb = this.rowStart(buckets[s]);
      if (rb < 0) continue;
      for (let y = 0; y < L; y++) out[y] += this.rows[rb + y];
    }
  }

  /** Where a bucket's row starts in `rows`, or -1 for a bucket without weights. */
  private rowStart(bucket: number): number {
    const word = bucket >>> 5;
    const bits = this.index[2 * word];
    const bit = bucket & 31;
    if (!((bits >>> bit) & 1)) return -1;
    return (this.index[2 * word + 1] + popcount(bits & ((1 << bit) - 1))) * this.labels;
  }
}

/** Slot numbers 0–255, for "every slot". */
const ALL_SLOTS = Uint8Array.from({ length: 256 }, (_, i) => i);

function rowHasWeight(dense: Int8Array | Float32Array, from: number, labels: number): boolean {
  for (let y = 0; y < labels; y++) if (dense[from + y] !== 0) return true;
  return false;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
