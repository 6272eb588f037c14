import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, type StoryArticle } from '../../test/support/verdicts.js';

/**
 * Fictional coverage of a town's purchase: two reports of one vote whose clauses share no
 * participant the frames can read ("Voters" / "Tarnby voters" are no entities), joined by the
 * learned event model alone.
 */
const analyse = (articles: StoryArticle[]): Corpus =>
  analyseStory({ title: 'Tarnby dairy warehouse burns', lead: 'A fire destroyed the old dairy warehouse in Tarnby on Tuesday, the town council said.' }, articles);

describe('two clauses the event model links, with no participant in common', () => {
  it('may disagree on an attribute of the event: the year of one vote', () => {
    const corpus = analyse([
      { outlet: 'Vellmar Times', published: '2026-03-06T09:00:00Z', lines: ['Voters in 2009 approved a $3 million bond to buy the old dairy warehouse and its land, council member Ola Berg said.'] },
      { outlet: 'Coastal Wire', published: '2026-03-06T11:00:00Z', lines: ['Tarnby voters in 2010 approved a $3 million bond to buy the old dairy warehouse and its land.'] },
    ]);
    expect((corpus.conflicts ?? []).filter((c) => c.kind === 'date').map((c) => c.sides.map((s) => s.value).join(' | '))).toEqual([expect.stringMatching(/2009.*\|.*2010/)]);
  });

  it('never disagree on whether it happened: that needs a participant both sides name', () => {
    const corpus = analyse([
      { outlet: 'Vellmar Times', published: '2026-03-06T09:00:00Z', lines: ['Voters in 2009 approved a $3 million bond to buy the old dairy warehouse and its land, council member Ola Berg said.'] },
      { outlet: 'Coastal Wire', published: '2026-03-06T11:00:00Z', lines: ['Tarnby voters in 2009 did not approve a $3 million bond to buy the old dairy warehouse and its land.'] },
    ]);
    expect((corpus.conflicts ?? []).filter((c) => c.kind === 'polarity')).toEqual([]);
  });
});
