import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, involving, type StoryArticle } from '../../test/support/verdicts.js';

/**
 * Fictional coverage of one earthquake: without publication dates a weekday has no calendar day,
 * yet the same weekday on both sides still points to one day of the story; and which verb of a
 * sentence its day dates.
 */
const LEAD = 'An earthquake shook Tarsk Island off the northern coast of Vellmar, damaging houses in two fishing villages.';
const analyse = (articles: StoryArticle[]): Corpus => analyseStory({ title: 'Earthquake jolts Tarsk Island', lead: LEAD }, articles);
const NAMED = { outlet: 'Vellmar Times', lines: ['A strong earthquake jolted Tarsk Island off the northern coast on Sunday, damaging the harbour wall.'] };

describe('the same named weekday as evidence of one event', () => {
  it('sets "jolted" against "did not jolt" when both name the same weekday and no calendar day', () => {
    const corpus = analyse([NAMED, { outlet: 'Coastal Wire', lines: ['On Sunday the tremor did not jolt Tarsk Island at all, fishermen in the harbour insisted.'] }]);
    expect(involving(corpus, 'jolted Tarsk Island').map((c) => c.kind)).toContain('polarity');
  });

  it('never takes two weekdays for evidence of one day', () => {
    const corpus = analyse([NAMED, { outlet: 'Coastal Wire', lines: ['On Saturday the tremor did not jolt Tarsk Island at all, fishermen in the harbour insisted.'] }]);
    expect(involving(corpus, 'jolted Tarsk Island').filter((c) => c.kind === 'polarity')).toEqual([]);
  });
});

describe('the day a sentence gives its event', () => {
  it('dates the verb before a participle clause, not the clause ("jolted the island on Sunday, followed by aftershocks")', () => {
    const corpus = analyse([
      { ...NAMED, published: '2026-03-02T09:00:00Z', lines: ['A strong earthquake jolted Tarsk Island on Sunday, followed by two aftershocks on Monday.'] },
      { outlet: 'Coastal Wire', published: '2026-03-02T11:00:00Z', lines: ['The quake jolted Tarsk Island on Saturday, damaging the harbour wall and two piers.'] },
    ]);
    const dates = involving(corpus, 'on Sunday, followed').filter((c) => c.kind === 'date');
    expect(dates.map((c) => c.sides.map((s) => s.value).join(' | '))).toEqual([expect.stringMatching(/Sunday.*\|.*Saturday/)]);
  });
});
