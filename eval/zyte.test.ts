import { describe, expect, it } from 'vitest';
import { aggregate, exactMatch, pagePrecision, pageRecall, shingleMatch } from './zyte.js';
import { describeRequiring, missingPaths } from '../test/support/requires.js';

describe('zyte shingle metric', () => {
  it('scores a perfect prediction as 1 and an empty one as recall 0', () => {
    const truth = 'one two three four five six';
    const perfect = shingleMatch(truth, truth);
    expect(perfect).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(pagePrecision(perfect)).toBe(1);
    const empty = shingleMatch(truth, '');
    expect(empty.tp + empty.fp).toBe(0);
    expect(pageRecall(empty)).toBe(0);
    // Pages with nothing predicted drop out of the precision mean, as in the benchmark.
    expect(aggregate([perfect, empty])).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });

  it('counts shingles as multisets of case-kept word 4-grams, normalised per page', () => {
    // truth: 3 shingles; prediction adds two words: 2 extra shingles.
    const s = shingleMatch('a b c d e f', 'a b c d e f G h');
    expect(s.tp).toBeCloseTo(3 / 5);
    expect(s.fp).toBeCloseTo(2 / 5);
    expect(s.fn).toBe(0);
    const caseDiffers = shingleMatch('A b c d', 'a b c d');
    expect(caseDiffers.tp).toBe(0);
    // Fewer than four tokens make one shingle of all of them.
    expect(shingleMatch('a b', 'a b').tp).toBe(1);
  });

  it('exact match compares token sequences, ignoring punctuation and spacing', () => {
    expect(exactMatch('Hello, world!\n\nBye.', 'Hello world Bye')).toBe(true);
    expect(exactMatch('Hello world', 'Hello world again')).toBe(false);
  });
});

const DATA = new URL('../../shared/data/zyte-extraction/', import.meta.url).pathname;
describeRequiring(missingPaths('the zyte dev data', DATA))('zyte dev data', () => {
  it('loads through main without throwing', async () => {
    const { main } = await import('./zyte.js');
    const lines: string[] = [];
    const log = console.log;
    console.log = (...a: unknown[]) => lines.push(a.join(' '));
    try {
      await main([DATA, '--readability-only', '--worst', '0']);
    } finally {
      console.log = log;
    }
    const last = JSON.parse(lines[lines.length - 1]) as { dataset: string; value: number };
    expect(last.dataset).toBe('zyte');
    expect(last.value).toBeGreaterThan(0.9);
  }, 60_000);
});
