import { describe, expect, it } from 'vitest';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';

/** Conflicts between two outlets' one-sentence reports, as "kind: about [values]". */
function conflicts(first: string, second: string): string[] {
  return (analyzeTwoOutlets(first, second).conflicts ?? []).map((c) => `${c.kind}: ${c.about} [${c.sides.map((s) => s.value.replace(/ \(.*\)$/, '')).join(' / ')}]`);
}

describe('a death told as a noun is one event whatever the dates say', () => {
  it('sets two dates for the death of one person against each other', () => {
    expect(conflicts(
      'The death of Jalen Morrow on Saturday night sparked protests in Eastbrook.',
      'Protests erupted in Eastbrook after the death of Jalen Morrow on Friday night.',
    )).toEqual(['date: when the death of Jalen Morrow took place ["Saturday night" / "Friday night"]']);
  });

  it('reads a date that owns the event ("Saturday\'s killing of X") against a verb ("X was killed on Friday")', () => {
    expect(conflicts(
      'Protesters marched after Saturday\'s killing of Jalen Morrow in Eastbrook.',
      'Jalen Morrow was killed on Friday in Eastbrook.',
    )).toEqual(['date: when the killing of Jalen Morrow took place ["Saturday" / "Friday"]']);
  });

  it('finds no conflict when both give one date', () => {
    expect(conflicts(
      'The death of Jalen Morrow on Saturday night sparked protests in Eastbrook.',
      'Protests erupted in Eastbrook after the death of Jalen Morrow on Saturday night.',
    )).toEqual([]);
  });

  it('finds none between the deaths of two people', () => {
    expect(conflicts(
      'The death of Jalen Morrow on Saturday night sparked protests in Eastbrook.',
      'Protests erupted in Eastbrook after the death of Ada Quill on Friday night.',
    )).toEqual([]);
  });
});
