import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, type StoryArticle } from '../../test/support/verdicts.js';

/** Fictional coverage of a fictional rally, its crowd counted by several outlets in their own words. */
const LEAD = 'Supporters of the Harbour Party rallied in Arnhold on Saturday ahead of the regional election.';
const analyse = (articles: StoryArticle[]): Corpus => analyseStory({ title: 'Harbour Party rallies in Arnhold', lead: LEAD }, articles);
const REST: Record<string, string> = {
  'Arnhold Courier': 'Party leader Tova Brandt promised a new ferry line for the coast.',
  'Valley Post': 'Brandt spoke for forty minutes about fishing quotas and the ferry line.',
  'Coast Herald': 'The election takes place in two weeks, and the polls show a close race.',
};
const article = (outlet: string, line: string): StoryArticle => ({ outlet, published: '2026-05-09T18:00:00Z', lines: [line, REST[outlet]] });
const crowds = (corpus: Corpus) => (corpus.conflicts ?? []).filter((c) => /how many people the .*rally drew/.test(c.about));

describe('the crowd a gathering drew, counted by two outlets', () => {
  it('sets two counts of one rally against each other, whichever way each sentence is built', () => {
    const corpus = analyse([
      article('Arnhold Courier', 'The rally in Arnhold drew 5,000 supporters on Saturday.'),
      article('Valley Post', 'About 2,000 people attended the rally in Arnhold on Saturday.'),
    ]);
    expect(crowds(corpus).map((c) => c.sides.map((s) => s.value).sort())).toEqual([['5,000 supporters', 'About 2,000 people']]);
  });

  it('leaves compatible counts alone: "more than 4,000" and "4,500"', () => {
    const corpus = analyse([
      article('Arnhold Courier', 'More than 4,000 people joined the rally in Arnhold on Saturday.'),
      article('Valley Post', 'The rally in Arnhold drew 4,500 supporters on Saturday.'),
    ]);
    expect(crowds(corpus)).toEqual([]);
  });

  it('never sets the organisers\' estimate against the police\'s, nor a report that gives both', () => {
    const corpus = analyse([
      article('Arnhold Courier', 'The rally in Arnhold drew 5,000 supporters, organisers said.'),
      article('Valley Post', 'About 2,000 people attended the rally in Arnhold, police said.'),
      article('Coast Herald', 'The rally in Arnhold drew 6,000 people, organisers said. About 1,500 people attended the rally in Arnhold, police said.'),
    ]);
    expect(crowds(corpus)).toEqual([]);
  });

  it('sets one source\'s figure against the same source\'s figure in another report, and says whose it is', () => {
    const corpus = analyse([
      article('Arnhold Courier', 'About 2,000 people attended the rally in Arnhold, police said.'),
      article('Valley Post', 'The rally in Arnhold drew 800 people, police said.'),
    ]);
    const found = crowds(corpus);
    expect(found).toHaveLength(1);
    expect(found[0].about).toMatch(/as police put it/);
    expect(found[0].sides.map((s) => s.attribution?.name)).toEqual(['police', 'police']);
  });

  it('never sets the crowds of two days\' gatherings against each other', () => {
    const corpus = analyse([
      article('Arnhold Courier', 'The rally in Arnhold drew 5,000 supporters on Saturday.'),
      article('Valley Post', 'About 2,000 people attended the rally in Arnhold on Sunday.'),
    ]);
    expect(crowds(corpus)).toEqual([]);
  });

  it('never sets the crowds of two kinds of one gathering against each other ("board meeting", "council meeting")', () => {
    const corpus = analyseStory({ title: 'Harbour Party meetings in Arnhold', lead: LEAD }, [
      article('Arnhold Courier', 'The board meeting in Arnhold was attended by 12 members on Saturday.'),
      article('Valley Post', 'The council meeting in Arnhold drew 400 residents on Saturday.'),
    ]);
    expect((corpus.conflicts ?? []).filter((c) => /how many people/.test(c.about))).toEqual([]);
  });

  it('reads no crowd from a count that is not the gathering\'s ("the rally ... 300 police officers were on duty")', () => {
    const corpus = analyse([
      article('Arnhold Courier', 'Before the rally in Arnhold, 300 police officers were on duty in the town centre.'),
      article('Valley Post', 'The rally in Arnhold drew 4,500 supporters on Saturday.'),
    ]);
    expect(crowds(corpus)).toEqual([]);
  });
});
