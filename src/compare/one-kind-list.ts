/**
 * `xs.map(f)` with the falsy results left out when `skipFalsy` is set, as an array literal filled
 * by push. An array built by `map` or `filter` holds small-integer elements while empty and
 * object elements otherwise: two hidden classes for every reader of a claim view's lists, and
 * the optimised code of each reader (date, similarity and conflict checks) was thrown away and
 * rebuilt when it met the second. A literal's allocation site remembers the element kind its
 * arrays came to hold, so the lists made here, empty or not, share one hidden class.
 */
export function oneKindList<T, U>(xs: readonly T[], f: (x: T, k: number) => U, skipFalsy = false): U[] {
  const out: U[] = [];
  for (let k = 0; k < xs.length; k++) {
    const y = f(xs[k], k);
    if (!skipFalsy || y) out.push(y);
  }
  return out;
}

/** `xs.filter(keep)` built as `oneKindList` builds its lists, for the same reason. */
export function oneKindFilter<T, S extends T>(xs: readonly T[], keep: (x: T) => x is S): S[];
export function oneKindFilter<T>(xs: readonly T[], keep: (x: T) => boolean): T[];
export function oneKindFilter<T>(xs: readonly T[], keep: (x: T) => boolean): T[] {
  const out: T[] = [];
  for (let k = 0; k < xs.length; k++) if (keep(xs[k])) out.push(xs[k]);
  return out;
}
