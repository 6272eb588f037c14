import { describe, expect, it } from 'vitest';
import { oneKindFilter, oneKindList } from './one-kind-list.js';

describe('oneKindList', () => {
  it('maps as map does, with the index', () => {
    expect(oneKindList([3, 5], (x, k) => `${k}:${x}`)).toEqual(['0:3', '1:5']);
  });
  it('leaves falsy results out only when asked, as filter(Boolean) after map', () => {
    const pick = (x: string) => (x === 'b' ? null : x.toUpperCase());
    expect(oneKindList(['a', 'b', 'c'], pick)).toEqual(['A', null, 'C']);
    expect(oneKindList(['a', 'b', 'c'], pick, true)).toEqual(['A', 'C']);
  });
  it('gives a new empty list for an empty one', () => {
    const xs: number[] = [];
    const out = oneKindList(xs, (x) => x);
    expect(out).toEqual([]);
    expect(out).not.toBe(xs);
  });
});

describe('oneKindFilter', () => {
  it('keeps what filter keeps, in order', () => {
    expect(oneKindFilter([1, 2, 3, 4], (x) => x % 2 === 0)).toEqual([2, 4]);
    expect(oneKindFilter([1, 3], () => false)).toEqual([]);
  });
});
