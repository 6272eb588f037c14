/**
 * Coreference metrics as the CoNLL-2012 reference scorer (Pradhan et al. 2014) defines them:
 * MUC (links), B-cubed (mentions), CEAF-e (entities, phi4 with an optimal one-to-one alignment),
 * and the CoNLL F1, the mean of the three F1s. A clustering is a list of clusters of mention ids.
 */
export type Clustering = string[][];

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface CorefScores {
  muc: PRF;
  b3: PRF;
  ceafe: PRF;
  conllF1: number;
}

function prf(pNum: number, pDen: number, rNum: number, rDen: number): PRF {
  const precision = pDen === 0 ? 0 : pNum / pDen;
  const recall = rDen === 0 ? 0 : rNum / rDen;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function clusterIndex(clusters: Clustering): Map<string, number> {
  const index = new Map<string, number>();
  clusters.forEach((cluster, i) => cluster.forEach((m) => index.set(m, i)));
  return index;
}

/** Sum over clusters of (size - number of pieces the other clustering cuts it into), and of (size - 1). */
function mucSide(clusters: Clustering, other: Clustering): [number, number] {
  const otherIndex = clusterIndex(clusters === other ? clusters : other);
  let num = 0;
  let den = 0;
  for (const cluster of clusters) {
    const pieces = new Set<string>();
    // A mention the other side lacks is a piece of its own.
    cluster.forEach((m) => pieces.add(otherIndex.has(m) ? `c${otherIndex.get(m)}` : `m${m}`));
    num += cluster.length - pieces.size;
    den += cluster.length - 1;
  }
  return [num, den];
}

export function muc(key: Clustering, response: Clustering): PRF {
  const [rNum, rDen] = mucSide(key, response);
  const [pNum, pDen] = mucSide(response, key);
  return prf(pNum, pDen, rNum, rDen);
}

function overlaps(a: Clustering, b: Clustering): Map<number, Map<number, number>> {
  const bIndex = clusterIndex(b);
  const result = new Map<number, Map<number, number>>();
  a.forEach((cluster, i) => {
    const row = new Map<number, number>();
    for (const m of cluster) {
      const j = bIndex.get(m);
      if (j !== undefined) row.set(j, (row.get(j) ?? 0) + 1);
    }
    result.set(i, row);
  });
  return result;
}

function b3Side(clusters: Clustering, other: Clustering): [number, number] {
  const shared = overlaps(clusters, other);
  let num = 0;
  let den = 0;
  clusters.forEach((cluster, i) => {
    let sumSquares = 0;
    for (const n of shared.get(i)!.values()) sumSquares += n * n;
    num += sumSquares / cluster.length;
    den += cluster.length;
  });
  return [num, den];
}

export function b3(key: Clustering, response: Clustering): PRF {
  const [rNum, rDen] = b3Side(key, response);
  const [pNum, pDen] = b3Side(response, key);
  return prf(pNum, pDen, rNum, rDen);
}

/** Maximum-weight assignment (Kuhn-Munkres on costs = max - weight), rows <= columns after padding. */
export function maxWeightAssignment(weights: number[][]): number {
  const rows = weights.length;
  if (rows === 0) return 0;
  const cols = Math.max(...weights.map((r) => r.length));
  const n = Math.max(rows, cols);
  let maxW = 0;
  for (const r of weights) for (const w of r) maxW = Math.max(maxW, w);
  const cost = (i: number, j: number) => maxW - (weights[i - 1]?.[j - 1] ?? 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) if (p[j] >= 1) total += weights[p[j] - 1]?.[j - 1] ?? 0;
  return total;
}

/**
 * CEAF-e. The alignment only pairs clusters that share a mention, so it is solved per connected
 * component of the overlap graph: the same optimum as one global assignment, in a fraction of the time.
 */
export function ceafe(key: Clustering, response: Clustering): PRF {
  const shared = overlaps(key, response);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  key.forEach((_, i) => parent.set(`k${i}`, `k${i}`));
  response.forEach((_, j) => parent.set(`r${j}`, `r${j}`));
  for (const [i, row] of shared) for (const j of row.keys()) parent.set(find(`k${i}`), find(`r${j}`));
  const components = new Map<string, { keys: number[]; responses: number[] }>();
  key.forEach((_, i) => {
    const c = components.get(find(`k${i}`)) ?? { keys: [], responses: [] };
    c.keys.push(i);
    components.set(find(`k${i}`), c);
  });
  response.forEach((_, j) => {
    const c = components.get(find(`r${j}`)) ?? { keys: [], responses: [] };
    c.responses.push(j);
    components.set(find(`r${j}`), c);
  });
  let similarity = 0;
  for (const { keys, responses } of components.values()) {
    if (keys.length === 0 || responses.length === 0) continue;
    const weights = keys.map((i) =>
      responses.map((j) => {
        const common = shared.get(i)!.get(j) ?? 0;
        return (2 * common) / (key[i].length + response[j].length);
      }),
    );
    similarity += keys.length <= responses.length
      ? maxWeightAssignment(weights)
      : maxWeightAssignment(responses.map((_, b) => keys.map((_, a) => weights[a][b])));
  }
  return prf(similarity, response.length, similarity, key.length);
}

export function scoreCoref(key: Clustering, response: Clustering): CorefScores {
  const m = muc(key, response);
  const b = b3(key, response);
  const c = ceafe(key, response);
  return { muc: m, b3: b, ceafe: c, conllF1: (m.f1 + b.f1 + c.f1) / 3 };
}
