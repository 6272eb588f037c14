import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RangeIndex } from './range-index.js';
import type { Range } from '../model/span.js';

/** What the index replaces: a scan of every range, in layer order. */
const scan = (ranges: Range[], keep: (r: Range) => boolean) => ranges.flatMap((r, i) => (keep(r) ? [i] : []));

const ranges = fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 60 })).map(([start, length]) => ({ start, end: start + length })), { maxLength: 40 });
const query = fc.tuple(fc.integer({ min: -10, max: 220 }), fc.integer({ min: 0, max: 80 })).map(([from, length]) => [from, from + length] as const);

describe('RangeIndex', () => {
  it('finds what a scan finds, in layer order: ranges inside, touching, and starting in a window', () => {
    fc.assert(fc.property(ranges, query, (rs, [from, to]) => {
      const index = new RangeIndex(rs);
      expect(index.within(from, to)).toEqual(scan(rs, (r) => r.start >= from && r.end <= to));
      expect(index.touching(from, to)).toEqual(scan(rs, (r) => r.start <= to && r.end >= from));
      expect(index.startingIn(from, to)).toEqual(scan(rs, (r) => r.start >= from && r.start <= to));
    }), { seed: 7, numRuns: 500 });
  });

  it('keeps a long range that starts early among those touching a later point', () => {
    const index = new RangeIndex([{ start: 0, end: 100 }, { start: 10, end: 12 }, { start: 50, end: 55 }]);
    expect(index.touching(52, 53)).toEqual([0, 2]);
    expect(index.touching(20, 30)).toEqual([0]);
    expect(index.within(0, 60)).toEqual([1, 2]);
  });
});
