import { describe, expect, it } from 'vitest';
import { analyseStory, involving } from '../../test/support/verdicts.js';

/** Fictional coverage of a fictional sinking: one outlet reports a source's account, the other states it in its own voice. */
const story = { title: 'Ferry Selwyn Star sinks off Port Selwyn', lead: 'The ferry Selwyn Star sank off Port Selwyn with forty passengers on board.' };
/** Each outlet's own further lines, so that the two reports are independent, not copies. */
const LEDGER = ['Relatives waited at the harbour office through the night for news.', 'The ferry had been refitted in a dry dock at Kelby two years ago.'];
const OBSERVER = ['Insurers said the claims would run into millions.', 'The harbour board will meet next week to review the safety rules for winter crossings.'];

describe('a source\'s reported words against an outlet\'s own report', () => {
  it('sets a date the source gives against the other outlet\'s date, and says whose words each side is', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-03-06T10:00:00Z', lines: [...LEDGER, 'The ferry Selwyn Star sank off Port Selwyn on Tuesday, coastguard spokesman Ivo Marsh said.'] },
      { outlet: 'Coastal Observer', published: '2026-03-06T12:00:00Z', lines: [...OBSERVER, 'The ferry Selwyn Star sank off Port Selwyn on Monday.'] },
    ]);
    const dates = involving(corpus, 'sank off Port Selwyn').filter((c) => c.kind === 'date');
    expect(dates).toHaveLength(1);
    const kinds = dates[0].sides.map((s) => `${s.attribution?.kind}:${s.attribution?.kind === 'speaker' ? s.attribution.name : ''}`).sort();
    expect(kinds).toEqual(['outlet:', 'speaker:Ivo Marsh']);
  });

  it('never sets a source\'s denial against an outlet\'s report as a polarity conflict', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-03-06T10:00:00Z', lines: [...LEDGER, 'The ferry Selwyn Star did not sink off Port Selwyn on Monday, coastguard spokesman Ivo Marsh said.'] },
      { outlet: 'Coastal Observer', published: '2026-03-06T12:00:00Z', lines: [...OBSERVER, 'The ferry Selwyn Star sank off Port Selwyn on Monday.'] },
    ]);
    expect(involving(corpus, 'sank off Port Selwyn').filter((c) => c.kind === 'polarity')).toEqual([]);
  });
});

describe('vague amounts', () => {
  it('does not set "scores of" against a figure it may mean', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-03-06T10:00:00Z', lines: [...LEDGER, 'Scores of volunteers searched the shore of Port Selwyn for survivors of the Selwyn Star on Monday.'] },
      { outlet: 'Coastal Observer', published: '2026-03-06T12:00:00Z', lines: [...OBSERVER, 'About 50 volunteers searched the shore of Port Selwyn for survivors of the Selwyn Star on Monday.'] },
    ]);
    expect(involving(corpus, 'volunteers searched').filter((c) => c.kind === 'number')).toEqual([]);
  });
});
