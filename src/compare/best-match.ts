/**
 * What alignment ranks in one publisher pair's score matrix (rows: P's claims, columns: Q's; the
 * score of row a and column b at `a * columns + b`), read in one pass: each row's and column's
 * most similar partner, and the partners scoring at least the threshold. Most scores are 0 (the
 * pair shares no key) or under the threshold; scanning the whole matrix again for each ranked
 * candidate, each best partner and each column was most of alignment's own time.
 */
export interface MatrixRanks {
  /** First column of each row's largest score; -1 when the row has none. */
  rowTop: Int32Array;
  /** First row of each column's largest score; -1 when the column has none. */
  columnTop: Int32Array;
  /** Columns of row a scoring at least the threshold, ascending: `rowCandidates[rowStart[a] .. rowStart[a + 1]]`. */
  rowStart: Int32Array;
  rowCandidates: Int32Array;
  /** Rows of column b scoring at least the threshold, ascending, likewise. */
  columnStart: Int32Array;
  columnCandidates: Int32Array;
}

export function matrixRanks(scores: Float64Array, rows: number, columns: number, threshold: number): MatrixRanks {
  const rowTop = new Int32Array(rows).fill(-1);
  const columnTop = new Int32Array(columns).fill(-1);
  const columnBest = new Float64Array(columns).fill(-Infinity);
  const rowStart = new Int32Array(rows + 1);
  const columnCount = new Int32Array(columns);
  const rowList: number[] = [];
  for (let a = 0; a < rows; a++) {
    rowStart[a] = rowList.length;
    let best = -Infinity;
    const row = a * columns;
    for (let b = 0; b < columns; b++) {
      const x = scores[row + b];
      if (x > best) { best = x; rowTop[a] = b; }
      if (x > columnBest[b]) { columnBest[b] = x; columnTop[b] = a; }
      if (x >= threshold) { rowList.push(b); columnCount[b]++; }
    }
  }
  rowStart[rows] = rowList.length;
  const rowCandidates = Int32Array.from(rowList);
  // Columns' lists filled in row order, so each stays ascending.
  const columnStart = new Int32Array(columns + 1);
  for (let b = 0; b < columns; b++) columnStart[b + 1] = columnStart[b] + columnCount[b];
  const fill = columnStart.slice(0, columns);
  const columnCandidates = new Int32Array(rowCandidates.length);
  for (let a = 0; a < rows; a++) for (let k = rowStart[a]; k < rowStart[a + 1]; k++) columnCandidates[fill[rowCandidates[k]]++] = a;
  return { rowTop, columnTop, rowStart, rowCandidates, columnStart, columnCandidates };
}

/**
 * The most similar of the candidates `list[from .. to]` (ascending indices, each scoring at
 * least the threshold) that passes, among the `limit` best, asked best first (ties in candidate
 * order, as a stable sort ranks them); -1 when none passes. Each next best is picked by a scan
 * instead of a sort: at most `limit` are asked.
 */
export function bestPassing(list: Int32Array, from: number, to: number, limit: number, score: (k: number) => number, pass: (k: number) => boolean): number {
  let previous = Infinity;
  let previousAt = -1;
  for (let r = 0; r < limit; r++) {
    // The next in rank: the best below the previous one, or tied with it at a later candidate.
    let best = -1;
    let bestScore = -Infinity;
    for (let i = from; i < to; i++) {
      const k = list[i];
      const x = score(k);
      if (x > previous || (x === previous && k <= previousAt)) continue;
      if (x > bestScore) { bestScore = x; best = k; }
    }
    if (best < 0) return -1;
    if (pass(best)) return best;
    previous = bestScore;
    previousAt = best;
  }
  return -1;
}
