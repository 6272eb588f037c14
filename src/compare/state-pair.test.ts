import { describe, expect, it } from 'vitest';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';

/** Conflicts between two outlets' one-sentence reports, as "about [values]". */
function conflicts(first: string, second: string): string[] {
  return (analyzeTwoOutlets(first, second).conflicts ?? []).map((c) => `${c.about} [${c.sides.map((s) => s.value).join(' / ')}]`);
}

describe('a state told with "have" is one fact when both sides give a figure of the same thing', () => {
  it('sets two shares of one poll for one candidate against each other', () => {
    expect(conflicts(
      'In the Marlow Herald poll, Senator Ada Quill has 45 percent and Tomas Reich has 41 percent.',
      'In the Marlow Herald poll, Senator Ada Quill has 47 percent, ahead of Tomas Reich.',
    )).toEqual(['what share [45 percent / 47 percent]']);
  });

  it('finds none between two polls each side names alone', () => {
    expect(conflicts('In the Marlow Herald poll, Senator Ada Quill has 45 percent.', 'In the Dunford Gazette poll, Senator Ada Quill has 39 percent.')).toEqual([]);
  });

  it('finds none and corroborates nothing between figures of different things', () => {
    const corpus = analyzeTwoOutlets('Senator Ada Quill has 45 percent support in the Marlow Herald poll.', 'Senator Ada Quill has two children and lives in Marlow.');
    expect(corpus.conflicts ?? []).toEqual([]);
    expect((corpus.claims ?? []).filter((c) => c.status === 'corroborated')).toEqual([]);
  });
});
