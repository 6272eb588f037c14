import { describe, expect, it } from 'vitest';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';

const numbers = (first: string, second: string) => (analyzeTwoOutlets(first, second).conflicts ?? []).filter((c) => c.kind === 'number');

describe('figures a sentence shares out among several holders', () => {
  it('compares a poll figure only with the same holder\'s, named in full or by surname', () => {
    const found = numbers(
      'Elspeth Marrow leads Ravel Dalworth in the race for the Senate. The Carrow University poll found Marrow at 44 percent and Dalworth at 41 percent, with 15 percent undecided.',
      'A Carrow University poll of 900 voters found Elspeth Marrow with 46 percent support, against 41 percent for Ravel Dalworth.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].sides.map((s) => s.value)).toEqual(['44 percent', '46 percent']);
  });

  it('never sets a figure without a named holder against a holder\'s figure from a sentence that shares it out', () => {
    expect(numbers(
      'The Carrow University poll found Elspeth Marrow at 46 percent and Ravel Dalworth at 41 percent, with 15 percent undecided.',
      'A Carrow University poll of 900 voters found Elspeth Marrow with 46 percent support, against 41 percent for Ravel Dalworth.',
    )).toEqual([]);
  });
});
