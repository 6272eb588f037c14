import { describe, expect, it } from 'vitest';
import { analyseStory, involving } from '../../test/support/verdicts.js';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';

/** Fictional coverage of a fictional election date, two independent outlets. */
const story = { title: 'Vellmar sets date for parliamentary elections', lead: 'Vellmar will elect a new parliament this year, the election commission announced.' };

describe('the question a conflict asks', () => {
  it('names the subject of a passive across a relative clause, with its auxiliaries', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2031-05-06T10:00:00Z', lines: [
        'Observers from three countries have asked to watch the count.',
        'Parliamentary elections in Vellmar that are scheduled for December 15 will be held on a two-party basis, the commission said on Monday.',
      ] },
      { outlet: 'Coastal Observer', published: '2031-05-06T12:00:00Z', lines: [
        'The opposition has not yet named its candidates.',
        'Parliamentary elections in Vellmar, which are planned for October 15, will be held on a two-party basis for the first time.',
      ] },
    ]);
    const dates = involving(corpus, 'will be held').filter((c) => c.kind === 'date');
    expect(dates.map((c) => c.about)).toEqual(['when Parliamentary elections will be held']);
  });

  it('names what a passive was done to once: "where the man was detained"', () => {
    const places = (analyzeTwoOutlets(
      'The man was detained on Saturday morning at an address in Kelby, police said.',
      'The man was detained on Saturday in Ashby, a spokesman for the county police said.',
    ).conflicts ?? []).filter((c) => c.kind === 'place');
    expect(places.map((c) => c.about)).toEqual(['where the man was detained']);
  });
});
