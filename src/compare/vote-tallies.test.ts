import { describe, expect, it } from 'vitest';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';

const votes = (first: string, second: string) => (analyzeTwoOutlets(first, second).conflicts ?? []).filter((c) => /^what the (?:.+ )?vote's tally was$/.test(c.about));

describe('the tally of a story\'s vote', () => {
  it('sets two reports\' tallies of one vote against each other, however their sentences are built', () => {
    const found = votes(
      'The Senate on Thursday passed the harbour repair bill. The bill passed 52-48, with two members of the majority voting against it.',
      'A $2.4 billion plan to repair the state\'s harbours cleared the Senate on Thursday by a vote of 51 to 49.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].sides.map((s) => s.value)).toEqual(['52-48', '51 to 49']);
  });

  it('keeps two bodies\' votes apart: a House vote is not a Senate vote', () => {
    expect(votes(
      'The harbour repair bill cleared the House on Thursday by a vote of 220 to 210.',
      'The harbour repair bill cleared the Senate on Thursday by a vote of 51 to 49.',
    )).toEqual([]);
  });

  it('compares each body\'s vote where a report gives two chambers\' votes, one sentence each', () => {
    const found = votes(
      'The House voted 85-40 on Tuesday to override the veto of the harbour repair bill. The Senate followed on Wednesday with a 28-12 vote.',
      'The House cast the first vote on Tuesday, voting 86-39 to override. On Wednesday the Senate finished the job with a 28-12 vote.',
    );
    expect(found.map((c) => [c.about, ...c.sides.map((s) => s.value)])).toEqual([['what the House vote\'s tally was', '85-40', '86-39']]);
  });

  it('keeps votes on two stated days apart', () => {
    expect(votes(
      'The Senate passed the harbour repair bill 52-48 on Tuesday.',
      'The Senate passed the harbour repair bill 51-49 on Thursday.',
    )).toEqual([]);
  });

  it('leaves alone a report that gives two tallies itself, or states the other side\'s', () => {
    expect(votes(
      'The finance committee approved the harbour repair bill 7-2, and the Senate passed it 51-49 on Thursday.',
      'The Senate on Thursday passed the harbour repair bill 52-48.',
    )).toEqual([]);
  });

  it('reads no score as a vote', () => {
    expect(votes(
      'The Harbour Hawks defeated the Kessary Lions 3-1 on Saturday in front of a full stadium.',
      'The Harbour Hawks beat the Kessary Lions 2-1 on Saturday in front of a full stadium.',
    )).toEqual([]);
  });

  it('tells one named body\'s vote on one named measure once, as the count of that vote', () => {
    const all = analyzeTwoOutlets('The Senate voted 69-30 to pass the ferry bill on Thursday.', 'The ferry bill passed the Senate 68-32 on Thursday.').conflicts ?? [];
    expect(all.filter((c) => c.sides.some((side) => side.value === '69-30'))).toHaveLength(1);
  });
});
