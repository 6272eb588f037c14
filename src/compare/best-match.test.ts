import { describe, expect, it } from 'vitest';
import { bestPassing, matrixRanks } from './best-match.js';

/** The ranking a full scan of one row gives: candidates at or over the threshold, best first, ties in index order. */
function scanBest(row: number[], threshold: number, limit: number, pass: (k: number) => boolean): number {
  const ranked = row.map((x, k) => [x, k] as const).filter(([x]) => x >= threshold).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, k] of ranked.slice(0, limit)) if (pass(k)) return k;
  return -1;
}

describe('matrixRanks', () => {
  // Rows: 3 claims of one publisher; columns: 4 of another.
  const rows = [
    [0, 0.5, 0.2, 0.5],
    [0, 0, 0, 0],
    [0.4, 0.1, 0.7, 0.3],
  ];
  const scores = Float64Array.from(rows.flat());
  const ranks = matrixRanks(scores, 3, 4, 0.3);

  it('finds the first largest score of each row and column', () => {
    expect([...ranks.rowTop]).toEqual([1, 0, 2]);
    expect([...ranks.columnTop]).toEqual([2, 0, 2, 0]);
  });

  it('lists the candidates at or over the threshold, ascending, by row and by column', () => {
    const row = (a: number) => [...ranks.rowCandidates.slice(ranks.rowStart[a], ranks.rowStart[a + 1])];
    const column = (b: number) => [...ranks.columnCandidates.slice(ranks.columnStart[b], ranks.columnStart[b + 1])];
    expect([0, 1, 2].map(row)).toEqual([[1, 3], [], [0, 2, 3]]);
    expect([0, 1, 2, 3].map(column)).toEqual([[2], [0], [2], [0, 2]]);
  });

  it('ranks candidates as a scan of the whole row does, ties in index order', () => {
    const a = 0;
    const score = (b: number) => rows[a][b];
    for (const passing of [[1, 3], [3], [], [1]]) {
      const pass = (b: number) => passing.includes(b);
      expect(bestPassing(ranks.rowCandidates, ranks.rowStart[a], ranks.rowStart[a + 1], 3, score, pass)).toBe(scanBest(rows[a], 0.3, 3, pass));
    }
  });

  it('asks at most the limit of candidates', () => {
    const a = 2;
    const asked: number[] = [];
    const found = bestPassing(ranks.rowCandidates, ranks.rowStart[a], ranks.rowStart[a + 1], 2, (b) => rows[a][b], (b) => (asked.push(b), false));
    expect(found).toBe(-1);
    expect(asked).toEqual([2, 0]);
  });
});
