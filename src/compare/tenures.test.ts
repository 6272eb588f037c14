import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { statedTenures } from './tenures.js';
import { analyseStory, involving, type StoryArticle } from '../../test/support/verdicts.js';

/** Fictional coverage of a fictional council member's retirement, her service told several ways. */
const LEAD = 'Councillor Hedda Sorlie of the Brennvik city council says she will retire at the end of her term.';
const analyse = (articles: StoryArticle[]): Corpus => analyseStory({ title: 'Brennvik councillor Hedda Sorlie to retire', lead: LEAD }, articles);
/** Each outlet words the rest of its report its own way: near-identical reports would be read as copies of one. */
const REST: Record<string, string> = {
  'Brennvik Courier': 'Sorlie said she would spend more time on her farm outside Brennvik.',
  'Fjord Post': 'The harbour district she represents has doubled in population since the new ferry line opened.',
  'Valley Times': 'Two younger candidates have already said they will run for the open seat.',
  'Coast Herald': 'Colleagues praised her work on the school building programme and the library.',
};
const article = (outlet: string, published: string, line: string): StoryArticle => ({ outlet, published, lines: [line, REST[outlet]] });
const tenures = (corpus: Corpus) => (corpus.conflicts ?? []).filter((c) => /how long .*Sorlie.* has served/.test(c.about));

describe('how long a person has served, told two ways by two outlets', () => {
  it('sets a veteran of so many years against years of service in the same body', () => {
    const corpus = analyse([
      article('Brennvik Courier', '2026-05-08T09:00:00Z', 'Hedda Sorlie, a 24-year veteran of the City Council, announced her retirement on Thursday.'),
      article('Fjord Post', '2026-05-08T15:00:00Z', 'Hedda Sorlie, who has served on the City Council for 18 years, announced her retirement on Thursday.'),
    ]);
    const found = tenures(corpus);
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe('number');
    expect(found[0].sides.map((s) => s.value).sort()).toEqual(['18 years', '24-year veteran of the City Council']);
  });

  it('sets two start years against each other, whenever the reports were published', () => {
    const corpus = analyse([
      article('Brennvik Courier', '2026-05-08T09:00:00Z', 'Hedda Sorlie, who has served on the City Council since 2002, announced her retirement on Thursday.'),
      article('Fjord Post', '2027-01-10T15:00:00Z', 'Hedda Sorlie, who has served on the City Council since 2008, announced her retirement in May.'),
    ]);
    expect(tenures(corpus).map((c) => c.sides.map((s) => s.value).sort())).toEqual([['since 2002', 'since 2008']]);
  });

  it('counts a service still going on back from its report: the same start told years apart agrees', () => {
    const corpus = analyse([
      article('Brennvik Courier', '2021-05-08T09:00:00Z', 'Hedda Sorlie, who has served on the City Council for 19 years, announced a new housing plan on Thursday.'),
      article('Fjord Post', '2026-05-08T15:00:00Z', 'Hedda Sorlie, who has served on the City Council since 2002, announced her retirement on Thursday.'),
    ]);
    expect(tenures(corpus)).toEqual([]);
  });

  it('never compares service in two different bodies, a year apart, or an approximate count', () => {
    const corpus = analyse([
      article('Brennvik Courier', '2026-05-08T09:00:00Z', 'Hedda Sorlie, who has served on the City Council for 24 years, announced her retirement on Thursday.'),
      article('Fjord Post', '2026-05-08T15:00:00Z', 'Hedda Sorlie, who has served on the Harbour Board for 12 years, announced her retirement on Thursday.'),
      article('Valley Times', '2026-05-08T16:00:00Z', 'Hedda Sorlie, who has served on the City Council for 23 years, announced her retirement on Thursday.'),
      article('Coast Herald', '2026-05-08T17:00:00Z', 'Hedda Sorlie, who has served on the City Council for nearly 20 years, announced her retirement on Thursday.'),
    ]);
    expect(tenures(corpus)).toEqual([]);
    // Each was read, so none of them is missing for want of reading.
    const read = corpus.documents.flatMap((d) => statedTenures(corpus, d).map((t) => `${t.years} ${t.head}`)).sort();
    expect(read).toEqual(['12 board', '23 council', '24 council']);
    expect(corpus.stories).toHaveLength(1);
  });

  it('without publication dates, compares years only when no story\'s span explains the gap', () => {
    const undated = (outlet: string, line: string): StoryArticle => ({ outlet, lines: [line, REST[outlet]] });
    const corpus = analyse([
      undated('Brennvik Courier', 'Hedda Sorlie, who has served on the City Council for 24 years, announced her retirement.'),
      undated('Fjord Post', 'Hedda Sorlie, a 21-year veteran of the City Council, announced her retirement.'),
      undated('Valley Times', 'Hedda Sorlie, who has served on the City Council for 12 years, announced her retirement.'),
    ]);
    // The 12 years disagree with both others (one conflict, its sides merged); 24 and 21 alone would not.
    expect(tenures(corpus).map((c) => c.sides.map((s) => s.value).sort().join(' / '))).toEqual(['12 years / 21-year veteran of the City Council / 24 years']);
  });

  it('leaves a person alone when one report gives two tenures in one body (two people or two spells)', () => {
    const corpus = analyse([
      article('Brennvik Courier', '2026-05-08T09:00:00Z', 'Hedda Sorlie, who has served on the City Council for 24 years, announced her retirement on Thursday. Sorlie, who has served on the City Council since 2016, was re-elected in 2020.'),
      article('Fjord Post', '2026-05-08T15:00:00Z', 'Hedda Sorlie, who has served on the City Council for 18 years, announced her retirement on Thursday.'),
    ]);
    expect(tenures(corpus)).toEqual([]);
    expect(involving(corpus, 'for 24 years').filter((c) => c.kind === 'number' && /how long .*Sorlie.* has served/.test(c.about))).toEqual([]);
  });

  it('reads "first elected N years ago" after "the senator", the one senator the article named', () => {
    const senate = (outlet: string, published: string, lines: string[]): StoryArticle => ({ outlet, published, lines });
    const corpus = analyseStory({ title: 'Senator Hedda Sorlie faces a close race', lead: 'Sen. Hedda Sorlie of Brennvik faces her closest race in years against the lawyer Odd Brekke.' }, [
      senate('Brennvik Courier', '2026-05-08T09:00:00Z', ['Sorlie has served in the Senate for 22 years.', 'Brekke has raised more money than any challenger before him.']),
      senate('Fjord Post', '2026-05-09T15:00:00Z', ['The senator, first elected 24 years ago, has never lost a statewide race.', 'Brekke, a former prosecutor, entered the race in January.']),
    ]);
    const found = (corpus.conflicts ?? []).filter((c) => /how long .*Sorlie.* has served in the Senate/.test(c.about));
    expect(found.map((c) => c.sides.map((s) => s.value).sort())).toEqual([['22 years', 'first elected 24 years ago']]);
  });

  it('a start year from "first elected in" agrees with the years since it; a described person held by two people is no one', () => {
    const senate = (outlet: string, published: string, lines: string[]): StoryArticle => ({ outlet, published, lines });
    const corpus = analyseStory({ title: 'Senator Hedda Sorlie faces a close race', lead: 'Sen. Hedda Sorlie of Brennvik faces her closest race in years against the lawyer Odd Brekke.' }, [
      senate('Brennvik Courier', '2026-05-08T09:00:00Z', ['Sorlie has served in the Senate for 22 years.', 'Brekke has raised more money than any challenger before him.']),
      senate('Fjord Post', '2026-05-09T15:00:00Z', ['Sorlie, who was first elected to the Senate in 2004, has never lost a statewide race.', 'Brekke, a former prosecutor, entered the race in January.']),
      senate('Valley Times', '2026-05-09T16:00:00Z', ['Sen. Jon Aasen endorsed Brekke on Monday. The senator, first elected 30 years ago, praised him.', 'Brekke has the backing of the farm lobby.']),
    ]);
    expect((corpus.conflicts ?? []).filter((c) => /has served/.test(c.about))).toEqual([]);
    const read = corpus.documents.flatMap((d) => statedTenures(corpus, d).map((t) => `${t.name} ${t.since}`)).sort();
    // 22 years counted back from 2026, and 2004 as stated; "the senator" of the third report is
    // either of two senators its article names, so no one.
    expect(read).toEqual(['Sorlie 2004', 'Sorlie 2004']);
  });

  it('reads a tenure after an age set off by commas ("Sorlie, 61, has served", "Sorlie, a 61-year-old farmer first elected")', () => {
    const corpus = analyse([
      article('Brennvik Courier', '2026-05-08T09:00:00Z', 'Hedda Sorlie, 61, has served on the City Council for 24 years and announced her retirement on Thursday.'),
      article('Fjord Post', '2026-05-08T15:00:00Z', 'Hedda Sorlie, a 61-year-old farmer first elected to the City Council in 2008, announced her retirement on Thursday.'),
    ]);
    expect(tenures(corpus).map((c) => c.sides.map((s) => s.value).sort())).toEqual([['24 years', 'first elected to the City Council in 2008']]);
  });
});

