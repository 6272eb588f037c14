import { describe, expect, it } from 'vitest';
import { analyseStory, corroborated, involving } from '../../test/support/verdicts.js';

/**
 * Fictional coverage of a fictional rescue, one slot of a fact told two ways at a time: where the
 * crew was found (a name the gazetteer cannot place against a city it can; two cities far apart),
 * a weekday each outlet gives in the same word though their articles appeared a week apart, and
 * whom an offer went to.
 */

/** Lines of each outlet's own, so that no article reads as a copy of the other. */
const LEDGER = ['Mountain rescue teams from three valleys joined the search on Monday.', 'The climbers had set out from the Tarnby hut with food for five days.'];
const GAZETTE = ['A helicopter crew spotted a signal fire late in the afternoon.', 'Families of the climbers had gathered at the village hall all week.'];
const story = { title: 'Missing Tarnby climbing crew found safe', lead: 'The four climbers of the Tarnby expedition, missing since last week, have been found safe.' };
/** One line of each outlet's after its own: the two reports of the story this file's newer cases compare. */
const twoReports = (ledger: string, gazette: string) => analyseStory(story, [
  { outlet: 'Northern Ledger', published: '2026-05-08T09:00:00Z', lines: [...LEDGER, ledger] },
  { outlet: 'Dales Gazette', published: '2026-05-08T11:00:00Z', lines: [...GAZETTE, gazette] },
]);
/** The values of each conflict of `kind` with a side holding `needle`, between the two reports. */
const slotValues = (kind: string, needle: string, ledger: string, gazette: string) =>
  involving(twoReports(ledger, gazette), needle).filter((c) => c.kind === kind).map((c) => c.sides.map((s) => s.value));

describe('places the gazetteer can and cannot locate', () => {
  it('shows no disagreement between a located city and an unlocated name that may lie inside it', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-05-08T09:00:00Z', lines: [...LEDGER, 'Rescuers found expedition leader Ivo Marek in Leeds on Wednesday.'] },
      { outlet: 'Dales Gazette', published: '2026-05-08T11:00:00Z', lines: [...GAZETTE, 'Rescuers found expedition leader Ivo Marek in Harwick Fold on Wednesday.'] },
    ]);
    expect(involving(corpus, 'Ivo Marek in').filter((c) => c.kind === 'place')).toEqual([]);
  });

  it('reports two located cities far apart as a place conflict', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-05-08T09:00:00Z', lines: [...LEDGER, 'Rescuers found expedition leader Ivo Marek in Leeds on Wednesday.'] },
      { outlet: 'Dales Gazette', published: '2026-05-08T11:00:00Z', lines: [...GAZETTE, 'Rescuers found expedition leader Ivo Marek in Bristol on Wednesday.'] },
    ]);
    const places = involving(corpus, 'Ivo Marek in').filter((c) => c.kind === 'place');
    expect(places).toHaveLength(1);
    expect(places[0].sides.map((s) => s.value).sort()).toEqual(['Bristol', 'Leeds']);
  });
});

describe('weekdays read against each article\'s own date', () => {
  it('does not set one weekday word against itself when the articles appeared in different weeks', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-05-08T09:00:00Z', lines: [...LEDGER, 'Expedition leader Ivo Marek was found by rescuers on Saturday near the Tarnby hut.'] },
      { outlet: 'Dales Gazette', published: '2026-05-14T09:00:00Z', lines: [...GAZETTE, 'Expedition leader Ivo Marek was found by rescuers on Saturday near the Tarnby hut after a long search.'] },
    ]);
    expect(involving(corpus, 'by rescuers on Saturday').filter((c) => c.kind === 'date')).toEqual([]);
    expect(corroborated(corpus, 'on Saturday near the Tarnby hut.', 'after a long search')).toBe(true);
  });
});

describe('who an act went to', () => {
  it('does not count an offer to one person as confirming an offer to another', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-05-08T09:00:00Z', lines: [...LEDGER, 'The Tarnby council made a reward offer to Helen Farrow on Thursday.'] },
      { outlet: 'Dales Gazette', published: '2026-05-08T11:00:00Z', lines: [...GAZETTE, 'The Tarnby council made a reward offer to David Kessler on Thursday.'] },
    ]);
    expect(corroborated(corpus, 'offer to Helen Farrow', 'offer to David Kessler')).toBe(false);
  });
});

describe('a slot belongs to the verb it follows', () => {
  it('gives a place after a later verb to that verb: where a line was delivered is not where days were spent', () => {
    expect(slotValues('place', 'Ivo Marek spent', 'Expedition leader Ivo Marek spent two days on the ridge, but the trip will be remembered for a line he wrote on Tuesday in Leeds.', 'Expedition leader Ivo Marek spent Tuesday morning in Bristol.')).toEqual([]);
  });

  it('reads "three of the valley\'s five huts" as stating the part: "the three huts" agrees with it', () => {
    expect(slotValues('number', 'five huts', 'The storm left the rescuers in control of three of the valley\'s five huts on Tuesday.', 'The storm left the rescuers in control of the three huts on Tuesday.')).toEqual([]);
  });
});

describe('a count over one window, told two ways', () => {
  it('sets "more than 4,200 people since October" against "some 6,000 people since October": more than a round figure is not any figure above it', () => {
    expect(slotValues('number', 'more than 4,200', 'The avalanches have killed more than 4,200 people since October 2024 in the northern valleys.', 'The avalanches have killed some 6,000 people since October 2024 in the northern valleys.')).toEqual([['more than 4,200 people', 'some 6,000 people']]);
  });

  it('leaves "more than 4,000" and "some 4,600" alone: both may be the same count', () => {
    expect(slotValues('number', 'more than 4,000', 'The avalanches have killed more than 4,000 people since October 2024 in the northern valleys.', 'The avalanches have killed some 4,600 people since October 2024 in the northern valleys.')).toEqual([]);
  });

  it('leaves "more than $1.6 million" a floor: money above a figure may be any amount above it', () => {
    expect(slotValues('number', 'more than $1.6 million', 'The valley council paid more than $1.6 million for the avalanche barriers since October 2024.', 'The valley council paid $2.4 million for the avalanche barriers since October 2024.')).toEqual([]);
  });
});

describe('figures that are not the sentence\'s own value', () => {
  it('reads no value from a figure the sentence measures its own against ("less than the $3.1 million reported by")', () => {
    expect(slotValues('number', '$3.1 million', 'The valley council paid $2.4 million for the rescue of Ivo Marek.', 'The valley council paid less than the $3.1 million reported by a local paper for the rescue of Ivo Marek.')).toEqual([]);
  });

  it('keeps time spent in a role apart from time spent in all ("19 seasons with" / "four seasons as director")', () => {
    expect(slotValues('number', '19 seasons', 'Expedition leader Ivo Marek has spent 19 seasons with the Tarnby rescue service.', 'Expedition leader Ivo Marek spent four seasons as the Tarnby rescue service\'s chief of training before being promoted.')).toEqual([]);
  });

  it('sets two figures of one counted thing against each other when each belongs to the same verb, not the aligned one', () => {
    expect(slotValues('number', '1,140', 'A review of the rescue published in March found that 1,140 calls between 2021 and 2024 had been answered late.', 'A review of the rescue published in March found that 1,410 calls between 2021 and 2024 had been answered late or lost.'))
      .toEqual([['1,140 calls', '1,410 calls']]);
  });
});


describe('one figure given two values without a verb that ties them', () => {
  it('does not count two reports of a budget cut as confirming each other when the amounts differ', () => {
    const corpus = twoReports(
      'The rescue service\'s own accounts show its mountain budget fell by £40 million over three years.',
      'The rescue service\'s mountain budget was cut by £140 million over the past three years, according to its own accounts.',
    );
    expect(corroborated(corpus, 'fell by £40 million', 'cut by £140 million')).toBe(false);
  });

  it('still counts them as one fact when the amounts agree', () => {
    const corpus = twoReports(
      'The rescue service\'s own accounts show its mountain budget fell by £40 million over three years.',
      'The rescue service\'s mountain budget was cut by £40 million over the past three years, according to its own accounts.',
    );
    expect(corroborated(corpus, 'fell by £40 million', 'cut by £40 million')).toBe(true);
  });
});

describe('a part counted of a whole', () => {
  it('sets four of six carriages against three of the six, a new paragraph after a figure being no broken decimal', () => {
    const values = slotValues('number', 'carriages',
      'The expedition\'s train was carrying 212 passengers when four of its six carriages left the track near Tarnby.',
      'The number of people injured rose to 31.\n\nThree of the six carriages left the track near Tarnby, the rail company said.',
    );
    expect(values.map((v) => [...v].sort())).toContainEqual(['Three', 'four']);
  });
});

describe('one quotation with a denial on one side only', () => {
  it('is no corroboration: the two wordings say opposite things', () => {
    const corpus = twoReports(
      '"Marek has done everything we asked of him, but the weather beat us," expedition chief Ilse Varga said on Friday.',
      '"Marek has not done everything we asked of him, and the weather beat us," Ilse Varga said on Friday.',
    );
    expect(corroborated(corpus, 'has done everything', 'has not done everything')).toBe(false);
  });

  it('still confirms the same words quoted twice', () => {
    const corpus = twoReports(
      '"Marek has done everything we asked of him, but the weather beat us," expedition chief Ilse Varga said on Friday.',
      '"Marek has done everything we asked of him, but the weather beat us," Ilse Varga said on Friday.',
    );
    expect(corroborated(corpus, 'has done everything', 'has done everything')).toBe(true);
  });
});
