import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, involving, type StoryArticle } from '../../test/support/verdicts.js';

/**
 * Fictional coverage of a fictional vote: the date of the event given by the clause that
 * schedules it ("elections that are scheduled for May 14 will be held"), against the date another
 * outlet gives. The dates are written in full, so no publication date is needed to place them.
 */
const LEAD = 'The Orvland electoral board has confirmed the rules for the coming municipal elections in Orvland.';
const analyse = (articles: StoryArticle[]): Corpus => analyseStory({ title: 'Orvland confirms municipal election rules', lead: LEAD }, articles);

describe('the date of a scheduling clause dates the event it schedules', () => {
  it('sets two scheduled dates for one election against each other', () => {
    const corpus = analyse([
      { outlet: 'Orvland Herald', lines: ['Municipal elections in Orvland that are scheduled for May 14, 2027 will be held with paper ballots.'] },
      { outlet: 'Northern Ledger', lines: ['Municipal elections in Orvland which are planned for June 18, 2027, will be held with paper ballots.'] },
    ]);
    const dates = involving(corpus, 'scheduled for May 14').filter((c) => c.kind === 'date');
    expect(dates).toHaveLength(1);
    expect(dates[0].sides.map((s) => s.value).join(' | ')).toMatch(/May 14.*\|.*June 18/);
  });

  it('sees no dispute in the same scheduled date', () => {
    const corpus = analyse([
      { outlet: 'Orvland Herald', lines: ['Municipal elections in Orvland that are scheduled for May 14, 2027 will be held with paper ballots.'] },
      { outlet: 'Northern Ledger', lines: ['Municipal elections in Orvland which are planned for May 14, 2027, will be held with paper ballots.'] },
    ]);
    expect(involving(corpus, 'scheduled for May 14')).toEqual([]);
  });

  it('never takes a date the text says was given up for the date of the event', () => {
    const corpus = analyse([
      { outlet: 'Orvland Herald', lines: ['Municipal elections in Orvland that were originally scheduled for May 14, 2027 will be held with paper ballots.'] },
      { outlet: 'Northern Ledger', lines: ['Municipal elections in Orvland which are planned for June 18, 2027, will be held with paper ballots.'] },
    ]);
    expect(involving(corpus, 'originally scheduled').filter((c) => c.kind === 'date')).toEqual([]);
  });
});
