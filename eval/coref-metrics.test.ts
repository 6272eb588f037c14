import { describe, expect, it } from 'vitest';
import { b3, ceafe, maxWeightAssignment, muc, scoreCoref } from './coref-metrics.js';

// The worked example of Pradhan et al. (2014): key {a,b,c},{d,e,f,g}; response {a,b},{c,d},{f,g,h,i}.
const key = [['a', 'b', 'c'], ['d', 'e', 'f', 'g']];
const response = [['a', 'b'], ['c', 'd'], ['f', 'g', 'h', 'i']];

describe('coreference metrics', () => {
  it('MUC counts links', () => {
    const s = muc(key, response);
    expect(s.recall).toBeCloseTo(0.4, 6);
    expect(s.precision).toBeCloseTo(0.4, 6);
  });
  it('B-cubed averages over mentions', () => {
    const s = b3(key, response);
    expect(s.recall).toBeCloseTo((5 / 3 + 5 / 4) / 7, 6);
    expect(s.precision).toBeCloseTo(0.5, 6);
  });
  it('CEAF-e aligns entities one to one', () => {
    const s = ceafe(key, response);
    expect(s.recall).toBeCloseTo(0.65, 6);
    expect(s.precision).toBeCloseTo(1.3 / 3, 6);
  });
  it('a perfect response scores 1 everywhere, singletons included', () => {
    const gold = [['a', 'b'], ['c'], ['d', 'e', 'f']];
    const s = scoreCoref(gold, gold.map((c) => [...c]));
    expect(s.muc.f1).toBe(1);
    expect(s.b3.f1).toBe(1);
    expect(s.ceafe.f1).toBe(1);
    expect(s.conllF1).toBe(1);
  });
  it('all singletons: MUC 0, B-cubed precision 1', () => {
    const gold = [['a', 'b', 'c', 'd']];
    const singles = [['a'], ['b'], ['c'], ['d']];
    expect(muc(gold, singles).f1).toBe(0);
    const s = b3(gold, singles);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.25, 6);
    expect(ceafe(gold, singles).recall).toBeCloseTo(0.4, 6);
  });
  it('assignment finds the global optimum, not the greedy one', () => {
    expect(maxWeightAssignment([[0.9, 0.8], [0.8, 0.1]])).toBeCloseTo(1.6, 6);
    expect(maxWeightAssignment([[0.5, 0.2, 0.9]])).toBeCloseTo(0.9, 6);
  });
});
