import { describe, expect, it } from 'vitest';
import { analyseStory, corroborated, involving } from '../../test/support/verdicts.js';

/**
 * A report that gives the other side's value elsewhere in its own text relates the two values
 * itself (a first bout and a rematch, a rival's offer beside a new one, a street inside a town):
 * no dispute is shown. The same sentences without that second mention still disagree, so each
 * test pairs the two cases. Fictional coverage of a fictional chess match.
 */
const LEDGER = ['Spectators queued outside the Velmar hall from early morning.', 'The organisers sold every ticket within a day.'];
const GAZETTE = ['A new board was built for the match by local carpenters.', 'Radio stations carried the final hours live.'];
const story = { title: 'Orsolya Vank beats Tomas Brell in Velmar final', lead: 'Orsolya Vank won the Velmar chess final against Tomas Brell after a long endgame.' };

const dated = (extra: string[]) => analyseStory(story, [
  { outlet: 'Northern Ledger', published: '2026-03-09T09:00:00Z', lines: [...LEDGER, 'Orsolya Vank defeated Tomas Brell at the Velmar hall in March 2026.'] },
  { outlet: 'Dales Gazette', published: '2026-03-09T11:00:00Z', lines: [...GAZETTE, 'Orsolya Vank defeated Tomas Brell at the Velmar hall in 2019.', ...extra] },
]);

describe('a date the other report also gives', () => {
  it('reports two years for one win when the second report never gives the first', () => {
    expect(involving(dated([]), 'at the Velmar hall in').filter((c) => c.kind === 'date')).toHaveLength(1);
  });

  it('reports the dispute when the second report gives the first date to something else', () => {
    const corpus = dated(['The hall reopened in March 2026 after repairs.']);
    expect(involving(corpus, 'at the Velmar hall in').filter((c) => c.kind === 'date')).toHaveLength(1);
  });

  it('shows no dispute when the second report gives both dates to the same verb (two wins, told apart by itself)', () => {
    const corpus = dated(['Orsolya Vank defeated Tomas Brell again in March 2026 before the largest crowd the hall has seen.']);
    expect(involving(corpus, 'at the Velmar hall in').filter((c) => c.kind === 'date')).toEqual([]);
  });
});

const counted = (extra: string[]) => analyseStory(story, [
  { outlet: 'Northern Ledger', published: '2026-03-09T09:00:00Z', lines: [...LEDGER, 'The Velmar club paid Orsolya Vank a prize of $40,000 on Sunday.'] },
  { outlet: 'Dales Gazette', published: '2026-03-09T11:00:00Z', lines: [...GAZETTE, 'The Velmar club paid Orsolya Vank a prize of $25,000 on Sunday.', ...extra] },
]);

describe('a figure the other report also gives', () => {
  it('reports two prize sums for one payment when the second report never gives the first', () => {
    expect(involving(counted([]), 'a prize of').filter((c) => c.kind === 'number')).toHaveLength(1);
  });

  it('shows no dispute when the second report also states the first sum (two payments)', () => {
    const corpus = counted(['A sponsor later added $40,000 for the record number of moves.']);
    expect(involving(corpus, 'a prize of').filter((c) => c.kind === 'number')).toEqual([]);
  });
});

const placed = (gazette: string) => analyseStory(story, [
  { outlet: 'Northern Ledger', published: '2026-03-09T09:00:00Z', lines: [...LEDGER, 'Orsolya Vank signed the winner\'s book in Leeds on Sunday.'] },
  { outlet: 'Dales Gazette', published: '2026-03-09T11:00:00Z', lines: [...GAZETTE, gazette, 'She had travelled from Leeds that morning.'] },
]);

describe('a place the other report also names', () => {
  it('reports two far-apart cities for one signing, the first named in another sentence of the second report', () => {
    expect(involving(placed('Orsolya Vank signed the winner\'s book in Bristol on Sunday.'), 'signed the winner').filter((c) => c.kind === 'place')).toHaveLength(1);
  });

  it('shows no dispute when the sentence names the first city beside its own place', () => {
    const corpus = placed('Orsolya Vank signed the winner\'s book at Harwick Fold, Leeds, on Sunday.');
    expect(involving(corpus, 'signed the winner').filter((c) => c.kind === 'place')).toEqual([]);
  });
});

describe('a participant the sentence marks as a further one', () => {
  it('does not set "another" player against the one the other report names', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-03-09T09:00:00Z', lines: [...LEDGER, 'Tomas Brell struck the referee outside the Velmar hall on Sunday night.'] },
      { outlet: 'Dales Gazette', published: '2026-03-09T11:00:00Z', lines: [...GAZETTE, 'Another player, Karel Dusek, struck the referee outside the Velmar hall on Sunday night.'] },
    ]);
    expect(involving(corpus, 'outside the Velmar hall').filter((c) => c.kind === 'actor')).toEqual([]);
  });
});

describe('how long something has lasted', () => {
  const lasted = (published: [string | undefined, string | undefined]) => analyseStory(story, [
    { outlet: 'Northern Ledger', published: published[0], lines: [...LEDGER, 'Orsolya Vank ended four days of protests by the Velmar players on Sunday.'] },
    { outlet: 'Dales Gazette', published: published[1], lines: [...GAZETTE, 'Orsolya Vank ended eight days of protests by the Velmar players on Sunday.'] },
  ]);

  it('does not compare running counts of days when the reports carry no publication time', () => {
    const corpus = lasted([undefined, undefined]);
    expect(involving(corpus, 'days of protests').filter((c) => c.kind === 'number')).toEqual([]);
    // Nor the same fact: the two counts were taken at moments no one can tell apart.
    expect(corroborated(corpus, 'four days of protests', 'eight days of protests')).toBe(false);
  });
});

describe('controls: the same sentences without the cue still disagree', () => {
  it('sets two named players against each other for one blow', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-03-09T09:00:00Z', lines: [...LEDGER, 'Tomas Brell struck the referee outside the Velmar hall on Sunday night.'] },
      { outlet: 'Dales Gazette', published: '2026-03-09T11:00:00Z', lines: [...GAZETTE, 'Karel Dusek struck the referee outside the Velmar hall on Sunday night.'] },
    ]);
    expect(involving(corpus, 'outside the Velmar hall').filter((c) => c.kind === 'actor')).toHaveLength(1);
  });

  it('compares two counts of days when both reports carry their publication time', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-03-09T09:00:00Z', lines: [...LEDGER, 'Orsolya Vank ended four days of protests by the Velmar players on Sunday.'] },
      { outlet: 'Dales Gazette', published: '2026-03-09T09:30:00Z', lines: [...GAZETTE, 'Orsolya Vank ended eight days of protests by the Velmar players on Sunday.'] },
    ]);
    expect(involving(corpus, 'days of protests').filter((c) => c.kind === 'number')).toHaveLength(1);
  });
});

describe('one verb, opposite particles', () => {
  it('does not take checking into a clinic and checking out of it for one event', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-03-09T09:00:00Z', lines: [...LEDGER, 'Tomas Brell checked into the Velmar clinic in Leeds on Sunday.'] },
      { outlet: 'Dales Gazette', published: '2026-03-09T11:00:00Z', lines: [...GAZETTE, 'Tomas Brell checked out of the Velmar clinic in Bristol on Sunday.'] },
    ]);
    expect(involving(corpus, 'the Velmar clinic').filter((c) => c.kind === 'place')).toEqual([]);
    expect(corroborated(corpus, 'checked into', 'checked out')).toBe(false);
  });
});

describe('ranks in a series', () => {
  it('does not take a win in the fourth game and one in the ninth game for one event told twice', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-03-09T09:00:00Z', lines: [...LEDGER, 'Orsolya Vank beat Tomas Brell in the fourth game at the Velmar hall in March 2026.'] },
      { outlet: 'Dales Gazette', published: '2026-03-09T11:00:00Z', lines: [...GAZETTE, 'Orsolya Vank beat Tomas Brell in the ninth game at the Velmar hall in 2019.'] },
    ]);
    expect(involving(corpus, 'at the Velmar hall in').filter((c) => c.kind === 'date')).toEqual([]);
    expect(corroborated(corpus, 'fourth game', 'ninth game')).toBe(false);
  });
});
