import { describe, expect, it } from 'vitest';
import { analyseStory, corroborated, involving } from '../../test/support/verdicts.js';

/**
 * Fictional coverage of a fictional rescue, one slot of a fact told two ways at a time: where the
 * crew was found (a name the gazetteer cannot place against a city it can; two cities far apart),
 * a weekday each outlet gives in the same word though their articles appeared a week apart, and
 * whom an offer went to.
 */

/** Lines of each outlet's own, so that no article reads as a copy of the other. */
const LEDGER = ['Mountain rescue teams from three valleys joined the search on Monday.', 'The climbers had set out from the Tarnby hut with food for five days.'];
const GAZETTE = ['A helicopter crew spotted a signal fire late in the afternoon.', 'Families of the climbers had gathered at the village hall all week.'];
const story = { title: 'Missing Tarnby climbing crew found safe', lead: 'The four climbers of the Tarnby expedition, missing since last week, have been found safe.' };

describe('places the gazetteer can and cannot locate', () => {
  it('shows no disagreement between a located city and an unlocated name that may lie inside it', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-05-08T09:00:00Z', lines: [...LEDGER, 'Rescuers found expedition leader Ivo Marek in Leeds on Wednesday.'] },
      { outlet: 'Dales Gazette', published: '2026-05-08T11:00:00Z', lines: [...GAZETTE, 'Rescuers found expedition leader Ivo Marek in Harwick Fold on Wednesday.'] },
    ]);
    expect(involving(corpus, 'Ivo Marek in').filter((c) => c.kind === 'place')).toEqual([]);
  });

  it('reports two located cities far apart as a place conflict', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-05-08T09:00:00Z', lines: [...LEDGER, 'Rescuers found expedition leader Ivo Marek in Leeds on Wednesday.'] },
      { outlet: 'Dales Gazette', published: '2026-05-08T11:00:00Z', lines: [...GAZETTE, 'Rescuers found expedition leader Ivo Marek in Bristol on Wednesday.'] },
    ]);
    const places = involving(corpus, 'Ivo Marek in').filter((c) => c.kind === 'place');
    expect(places).toHaveLength(1);
    expect(places[0].sides.map((s) => s.value).sort()).toEqual(['Bristol', 'Leeds']);
  });
});

describe('weekdays read against each article\'s own date', () => {
  it('does not set one weekday word against itself when the articles appeared in different weeks', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-05-08T09:00:00Z', lines: [...LEDGER, 'Expedition leader Ivo Marek was found by rescuers on Saturday near the Tarnby hut.'] },
      { outlet: 'Dales Gazette', published: '2026-05-14T09:00:00Z', lines: [...GAZETTE, 'Expedition leader Ivo Marek was found by rescuers on Saturday near the Tarnby hut after a long search.'] },
    ]);
    expect(involving(corpus, 'by rescuers on Saturday').filter((c) => c.kind === 'date')).toEqual([]);
    expect(corroborated(corpus, 'on Saturday near the Tarnby hut.', 'after a long search')).toBe(true);
  });
});

describe('who an act went to', () => {
  it('does not count an offer to one person as confirming an offer to another', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Northern Ledger', published: '2026-05-08T09:00:00Z', lines: [...LEDGER, 'The Tarnby council made a reward offer to Helen Farrow on Thursday.'] },
      { outlet: 'Dales Gazette', published: '2026-05-08T11:00:00Z', lines: [...GAZETTE, 'The Tarnby council made a reward offer to David Kessler on Thursday.'] },
    ]);
    expect(corroborated(corpus, 'offer to Helen Farrow', 'offer to David Kessler')).toBe(false);
  });
});
