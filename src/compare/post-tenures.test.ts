import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, type StoryArticle } from '../../test/support/verdicts.js';

/** Fictional coverage of a fictional chain store's takeover, its chief executive's time in post told several ways. */
const story = { title: 'Harrow Foods agrees takeover by Lindqvist Partners', lead: 'The grocery chain Harrow Foods has agreed to be bought by the investment firm Lindqvist Partners.' };
const REST: Record<string, string> = {
  'Market Courier': 'The offer values the chain at 2.1 billion euros.',
  'Trade Ledger': 'Shares in the chain rose sharply on the news.',
  'Valley Times': 'The union said it would seek talks with the new owners.',
};
const article = (outlet: string, line: string): StoryArticle => ({ outlet, published: '2026-03-10T09:00:00Z', lines: [line, REST[outlet]] });
const posts = (corpus: Corpus) => (corpus.conflicts ?? []).filter((c) => /how long .*Oduya.* has held/.test(c.about)).map((c) => c.sides.map((s) => s.value).sort());
const analyse = (...lines: [string, string][]) => analyseStory(story, lines.map(([outlet, line]) => article(outlet, line)));

describe('how long a person has led an organisation, told two ways by two outlets', () => {
  it('sets a start year against years in the post counted back from the report', () => {
    expect(posts(analyse(
      ['Market Courier', 'Miriam Oduya, who has been chief executive since 2019, said she would stay on under the new owners.'],
      ['Trade Ledger', 'Miriam Oduya, who has spent nine years as chief executive, will remain in post under the new owners.'],
    ))).toEqual([['chief executive since 2019', 'nine years as chief executive']]);
  });

  it('compares a post told only as leading ("took the top job") with a titled one, and two written start years by any year', () => {
    expect(posts(analyse(
      ['Market Courier', 'Miriam Oduya, a former engineer, took the top job in 2018 after a decade at the company.'],
      ['Trade Ledger', 'Miriam Oduya, who became chief executive in 2017, will remain in post under the new owners.'],
    ))).toEqual([['became chief executive in 2017', 'took the top job in 2018']]);
  });

  it('sees no dispute when the reports agree, or when they tell of two different posts', () => {
    expect(posts(analyse(
      ['Market Courier', 'Miriam Oduya, who has been chief executive since 2019, said she would stay on under the new owners.'],
      ['Trade Ledger', 'Miriam Oduya, who took over as chief executive in 2019, will remain in post under the new owners.'],
    ))).toEqual([]);
    expect(posts(analyse(
      ['Market Courier', 'Miriam Oduya, who has been chairman since 2012, said she would stay on under the new owners.'],
      ['Trade Ledger', 'Miriam Oduya, who became chief executive in 2019, will remain in post under the new owners.'],
    ))).toEqual([]);
  });
});
