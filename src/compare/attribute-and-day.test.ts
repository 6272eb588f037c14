import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, corroborated, involving, textOf, type StoryArticle } from '../../test/support/verdicts.js';

/**
 * Fictional coverage of one fictional event by independent outlets: a person's age, the weekday
 * of an event, a plain statement about the future, a count over a window and a speech act, each
 * told two ways.
 */
const LEAD = 'Fire destroys the Kelby Mills warehouse in the river town of Arnhold, leaving forty workers without jobs.';
const analyse = (articles: StoryArticle[]): Corpus => analyseStory({ title: 'Fire destroys Kelby Mills warehouse in Arnhold', lead: LEAD }, articles);

describe('attributes and days of the week', () => {
  const corpus = analyse([
    { outlet: 'Arnhold Courier', published: '2026-05-08T09:00:00Z', lines: [
      'Warehouse owner Dagny Rolfsen, 58, said the building was insured.',
      'Night watchman Oskar Brandt died on Monday in the regional hospital.',
      'The company will reopen the loading yard next month.',
      'Police have questioned Lukas Vinter three times since April.',
      'Fire chief Mira Halvorsen said the blaze started in the paint store.',
    ] },
    { outlet: 'Valley Post', published: '2026-05-08T15:00:00Z', lines: [
      'Warehouse owner Dagny Rolfsen, 63, said the stock was not insured.',
      'Night watchman Oskar Brandt died in hospital on Thursday.',
      'The company will not reopen the loading yard next month.',
      'Police have questioned Lukas Vinter five times in all.',
      'Fire chief Mira Halvorsen said the crews arrived within eight minutes.',
    ] },
  ]);

  it('reports a person\'s age given differently by two outlets as a number conflict about that person', () => {
    const ages = involving(corpus, 'Rolfsen, 58').filter((c) => c.kind === 'number');
    expect(ages).toHaveLength(1);
    expect(ages[0].about).toMatch(/how old .*Rolfsen/);
    expect(ages[0].sides.map((s) => s.value).sort()).toEqual(['58', '63']);
  });

  it('sets two weekdays for one death against each other although neither names a calendar date', () => {
    const days = involving(corpus, 'died on Monday').filter((c) => c.kind === 'date');
    expect(days).toHaveLength(1);
    expect(days[0].sides.map((s) => s.value).join(' | ')).toMatch(/Monday.*\|.*Thursday/);
  });

  it('sets "will" against "will not" for the same plan as a polarity conflict', () => {
    expect(involving(corpus, 'will reopen the loading yard').map((c) => c.kind)).toContain('polarity');
  });

  it('never compares a count over a window with a count over all time', () => {
    expect(involving(corpus, 'three times since April')).toEqual([]);
  });

  it('never corroborates two different statements of one speaker through the verb of saying', () => {
    const both = (corpus.claims ?? []).some((c) => c.publishers.length > 1 && c.members.some((m) => textOf(corpus, m.evidence).includes('paint store')) && c.members.some((m) => textOf(corpus, m.evidence).includes('eight minutes')));
    expect(both).toBe(false);
  });
});

describe('age conflicts need the same person and time that cannot explain the gap', () => {
  it('leaves ages alone when the reports are years apart', () => {
    const corpus = analyse([
      { outlet: 'Arnhold Courier', published: '2019-05-08T09:00:00Z', lines: ['Warehouse owner Dagny Rolfsen, 58, said the building was insured.'] },
      { outlet: 'Valley Post', published: '2026-05-08T15:00:00Z', lines: ['Warehouse owner Dagny Rolfsen, 65, said the building was insured.'] },
    ]);
    expect(involving(corpus, 'Rolfsen, 58')).toEqual([]);
  });
});

describe('a cause and the change it caused', () => {
  it('reads "X killed Y" and "Y died" as one death, Y in the same role on both sides', () => {
    const corpus = analyse([
      { outlet: 'Arnhold Courier', published: '2026-05-08T09:00:00Z', lines: ['A falling crane killed Oskar Brandt as the roof gave way.'] },
      { outlet: 'Valley Post', published: '2026-05-08T15:00:00Z', lines: ['Oskar Brandt died before the ambulance could reach him.'] },
    ]);
    expect(corroborated(corpus, 'killed Oskar Brandt', 'Brandt died')).toBe(true);
  });
});

describe('a time that dates the speaking', () => {
  it('gives the date of an earlier event without the day it was announced on', () => {
    const corpus = analyse([
      { outlet: 'Arnhold Courier', published: '2026-05-08T09:00:00Z', lines: ['Mayor Ilse Marten, first elected in 2009, announced on Thursday that she will not seek re-election.'] },
      { outlet: 'Valley Post', published: '2026-05-08T15:00:00Z', lines: ['Mayor Ilse Marten, first elected in 2013, announced on Thursday that she would step down.'] },
    ]);
    const dates = involving(corpus, 'first elected in 2009').filter((c) => c.kind === 'date');
    expect(dates).toHaveLength(1);
    expect(dates[0].sides.map((s) => s.value).join(' | ')).not.toMatch(/Thursday/);
  });
});

describe('a figure in digits and a figure in words', () => {
  it('compares "at least 12 people" with "nine people": the counted noun after the digits is no written unit', () => {
    const corpus = analyse([
      { outlet: 'Arnhold Courier', published: '2026-05-08T09:00:00Z', lines: ['At least 12 people were killed in the fire at the Kelby Mills warehouse in Arnhold.'] },
      { outlet: 'Valley Post', published: '2026-05-08T15:00:00Z', lines: ['The fire at the Kelby Mills warehouse in Arnhold killed nine people.'] },
    ]);
    const numbers = involving(corpus, 'At least 12 people').filter((c) => c.kind === 'number');
    expect(numbers).toHaveLength(1);
    expect(numbers[0].sides.map((s) => s.value).sort()).toEqual(['At least 12 people', 'nine people']);
  });
});

describe('a scheduled event told in the future and in the present', () => {
  it('sets "will take effect on September 1" against "takes effect on October 1" as a date conflict', () => {
    const corpus = analyse([
      { outlet: 'Arnhold Courier', published: '2026-05-08T09:00:00Z', lines: ['The new fire code for Arnhold warehouses will take effect on September 1.', 'Warehouse owner Dagny Rolfsen said the building was insured.'] },
      { outlet: 'Valley Post', published: '2026-05-08T15:00:00Z', lines: ['The new fire code for Arnhold warehouses takes effect on October 1.', 'Fire chief Mira Halvorsen said the crews arrived within eight minutes.'] },
    ]);
    expect(involving(corpus, 'will take effect').filter((c) => c.kind === 'date')).toHaveLength(1);
  });

  it('never sets a plan against a report that it happened', () => {
    const corpus = analyse([
      { outlet: 'Arnhold Courier', published: '2026-05-08T09:00:00Z', lines: ['The new fire code for Arnhold warehouses will take effect on September 1.', 'Warehouse owner Dagny Rolfsen said the building was insured.'] },
      { outlet: 'Valley Post', published: '2026-05-08T15:00:00Z', lines: ['The old fire code for Arnhold warehouses took effect on March 1.', 'Fire chief Mira Halvorsen said the crews arrived within eight minutes.'] },
    ]);
    expect(involving(corpus, 'will take effect')).toEqual([]);
  });
});

describe('the clock time of one event', () => {
  const at = (first: string, second: string) => analyse([
    { outlet: 'Arnhold Courier', published: '2026-05-08T09:00:00Z', lines: [`The roof of the Kelby Mills warehouse collapsed at ${first} on Thursday.`, 'Warehouse owner Dagny Rolfsen said the building was insured.'] },
    { outlet: 'Valley Post', published: '2026-05-08T15:00:00Z', lines: [`The roof of the Kelby Mills warehouse collapsed at ${second} on Thursday.`, 'Fire chief Mira Halvorsen said the crews arrived within eight minutes.'] },
  ]);
  const dates = (corpus: Corpus) => involving(corpus, 'roof of the Kelby Mills warehouse collapsed').filter((c) => c.kind === 'date');

  it('sets two clock times of one day an hour or more apart against each other, asking about the clause\'s own subject', () => {
    const found = dates(at('9:30 a.m.', '11:15 a.m.'));
    expect(found).toHaveLength(1);
    expect(found[0].about).toBe('when the roof collapsed');
  });

  it('leaves clock times within the hour, approximate ones and ones in two named zones alone', () => {
    expect(dates(at('9:30 a.m.', '10:05 a.m.'))).toEqual([]);
    expect(dates(at('about 9 a.m.', '11:15 a.m.'))).toEqual([]);
    expect(dates(at('9:30 a.m. GMT', '11:30 a.m. CET'))).toEqual([]);
  });
});

describe('an outlet\'s own account against a source\'s reported account', () => {
  const valley = { outlet: 'Valley Post', published: '2026-05-08T15:00:00Z', lines: ['Night watchman Oskar Brandt died in hospital on Thursday.', 'The fire also killed Edda Marsk, 64, who had worked at the mill for forty years.'] };

  it('sets the day one outlet gives against the day another reports from its source', () => {
    const corpus = analyse([
      { outlet: 'Arnhold Courier', published: '2026-05-08T09:00:00Z', lines: ['Night watchman Oskar Brandt died on Monday in the regional hospital, police told the Courier.'] },
      valley,
    ]);
    expect(involving(corpus, 'died on Monday').map((c) => c.kind)).toContain('date');
  });

  it('never sets a direct quotation against an outlet\'s account: the difference is the speaker\'s', () => {
    const corpus = analyse([
      { outlet: 'Arnhold Courier', published: '2026-05-08T09:00:00Z', lines: ['"Oskar Brandt died on Monday in the regional hospital," his sister Lene Brandt said.'] },
      valley,
    ]);
    expect(involving(corpus, 'died on Monday')).toEqual([]);
  });

  /** The ages an Arnhold Courier line gives against the Valley report's 64. */
  const agesAgainstValley = (line: string, needle: string) => involving(analyse([{ outlet: 'Arnhold Courier', published: '2026-05-08T09:00:00Z', lines: [line] }, valley]), needle)
    .filter((c) => c.kind === 'number').map((c) => c.sides.map((s) => s.value).sort());

  it('reads an age closing the sentence ("killed the mill\'s oldest employee, Edda Marsk, 71.")', () => {
    expect(agesAgainstValley('The blaze killed the mill\'s oldest employee, Edda Marsk, 71.', 'Edda Marsk, 71.')).toEqual([['64', '71']]);
  });

  it('reads an age qualifying the apposition\'s noun ("Edda Marsk, a 71-year-old machinist,")', () => {
    expect(agesAgainstValley('The blaze killed Edda Marsk, a 71-year-old machinist, in the mill on Monday.', 'a 71-year-old machinist')).toEqual([['64', '71']]);
  });
});
