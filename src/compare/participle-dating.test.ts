import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, involving, type StoryArticle } from '../../test/support/verdicts.js';

/** Fictional coverage of one earthquake: which verb of a sentence its day dates. */
const LEAD = 'An earthquake shook Tarsk Island off the northern coast of Vellmar, damaging houses in two fishing villages.';
const analyse = (articles: StoryArticle[]): Corpus => analyseStory({ title: 'Earthquake jolts Tarsk Island', lead: LEAD }, articles);
const NAMED = { outlet: 'Vellmar Times', lines: ['A strong earthquake jolted Tarsk Island off the northern coast on Sunday, damaging the harbour wall.'] };

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
