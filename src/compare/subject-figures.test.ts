import { describe, expect, it } from 'vitest';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';

const numbers = (first: string, second: string) => (analyzeTwoOutlets(first, second).conflicts ?? []).filter((c) => c.kind === 'number');

describe('a figure that is the subject of its verb', () => {
  it('counts who did what that verb says, whatever verb comes nearer before it', () => {
    const found = numbers(
      'A Carrow University poll released on Monday showed 58 percent of voters backed the harbour repairs.',
      'In a Carrow University poll published Monday, 61 percent of voters said they supported the harbour repairs.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].sides.map((s) => s.value)).toEqual(['58 percent of voters', '61 percent of voters']);
  });

  it('leaves a figure of one verb apart from the figure of another', () => {
    expect(numbers(
      'A Carrow University poll released on Monday showed 58 percent of voters backed the harbour repairs.',
      'In a Carrow University poll published Monday, 61 percent of voters said they opposed the new stadium.',
    )).toEqual([]);
  });
});
