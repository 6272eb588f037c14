import { describe, expect, it } from 'vitest';
import { differentTallies, talliesIn } from './tallies.js';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';

const read = (text: string) => talliesIn(text, 0, text.length).map((t) => `${t.high}-${t.low}`);

describe('tallies of a vote or a game', () => {
  it('reads a dash, a spaced dash and "to" between two counts', () => {
    expect(read('The senate passed the bill 52-48 on Tuesday.')).toEqual(['52-48']);
    expect(read('It passed by a vote of 51 to 49.')).toEqual(['51-49']);
    expect(read('The Colts beat the Chiefs 20 - 13.')).toEqual(['20-13']);
  });

  it('leaves out dates, clock times, ranges, years and percentages', () => {
    expect(read('On 9/11 at 10-11 a.m. between 10-12 people, aged 20-25, in 2008-2009, 40-50 percent.')).toEqual([]);
  });

  it('reads one tally told from either side as the same', () => {
    const [x] = talliesIn('lost 48-52', 0, 10);
    const [y] = talliesIn('won 52-48', 0, 9);
    expect(differentTallies(x, y)).toBe(false);
    expect(differentTallies(x, talliesIn('51-49', 0, 5)[0])).toBe(true);
  });
});

describe('two tallies of one vote disagree', () => {
  it('sets 52-48 against 51-49 for one bill passed on one day, and not 3-1 against 3-1', () => {
    const vote = analyzeTwoOutlets('The Marlow senate passed the harbour bill 52-48 on Tuesday.', 'The Marlow senate passed the harbour bill by a vote of 51-49 on Tuesday.');
    expect((vote.conflicts ?? []).map((c) => `${c.about} [${c.sides.map((s) => s.value).join(' / ')}]`)).toEqual(['what the tally was [52-48 / 51-49]']);
    const game = analyzeTwoOutlets('The Harrow Kestrels beat the Dunmore Otters 3-1 on Saturday.', 'The Harrow Kestrels beat the Dunmore Otters 3-1 on Saturday in front of 20,000 fans.');
    expect(game.conflicts ?? []).toEqual([]);
  });
});
