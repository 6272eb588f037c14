import type { Range } from '../model/span.js';
import { firstTokenAt } from '../annotate/tokens/tokenize.js';

/**
 * The ranges of one layer (mentions, times, quotes...) ordered by start, for finding those near a
 * sentence without scanning the whole layer: a scan per sentence is quadratic in a long document.
 * Answers are indices into the original array in ascending order, so a caller that took "the
 * first match" or "every match in order" from a linear scan gets the same result.
 */
export class RangeIndex {
  /** Indices of the ranges, by start (ties by index). */
  private readonly order: number[];
  private readonly starts: number[];
  /** Largest end among order[0..k]: how far back a range may still reach a point. */
  private readonly reach: number[];

  constructor(private readonly ranges: readonly Range[]) {
    this.order = ranges.map((_, i) => i).sort((a, b) => ranges[a].start - ranges[b].start || a - b);
    this.starts = this.order.map((i) => ranges[i].start);
    this.reach = [];
    let reach = -Infinity;
    for (const i of this.order) this.reach.push((reach = Math.max(reach, ranges[i].end)));
  }

  /** Indices of the ranges inside [from, to] (start >= from, end <= to), ascending. */
  within(from: number, to: number): number[] {
    const out: number[] = [];
    for (let k = firstTokenAt(this.starts, from); k < this.order.length && this.starts[k] <= to; k++) {
      const i = this.order[k];
      if (this.ranges[i].end <= to) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }

  /** Indices of the ranges that touch [from, to] (start <= to, end >= from), ascending. */
  touching(from: number, to: number): number[] {
    const out: number[] = [];
    for (let k = firstTokenAt(this.starts, to + 1) - 1; k >= 0 && this.reach[k] >= from; k--) {
      const i = this.order[k];
      if (this.ranges[i].end >= from) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }

  /** Indices of the ranges whose start lies in [from, to], ascending. */
  startingIn(from: number, to: number): number[] {
    const out: number[] = [];
    for (let k = firstTokenAt(this.starts, from); k < this.order.length && this.starts[k] <= to; k++) out.push(this.order[k]);
    return out.sort((a, b) => a - b);
  }
}
