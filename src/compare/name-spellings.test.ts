import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, type StoryArticle } from '../../test/support/verdicts.js';

/** Fictional coverage of a fictional harbour strike, its mediator named by three outlets. */
const story = { title: 'Harbour strike at Port Elling ends after mediation', lead: 'Dock workers at Port Elling returned to work on Friday after a nine-day strike.' };
const analyse = (articles: StoryArticle[]): Corpus => analyseStory(story, articles);
const spellings = (corpus: Corpus) => (corpus.divergences ?? []).filter((d) => d.kind === 'spelling').map((d) => d.sides.map((s) => `${s.publisher}=${s.value}`).sort());

describe('one person whose name outlets spell differently', () => {
  it('sets each outlet\'s spelling side by side, the fullest form of each', () => {
    const corpus = analyse([
      { outlet: 'Elling Courier', published: '2026-06-12T09:00:00Z', lines: ['The agreement was brokered by mediator Thomas Wernicke, who met both sides for eleven hours.', 'Wernicke said the deal would hold.'] },
      { outlet: 'Coast Ledger', published: '2026-06-12T11:00:00Z', lines: ['Mediator Thomas Wernicke kept the talks going through the night.', 'Dock workers will get a raise of four percent.'] },
      { outlet: 'Harbour Post', published: '2026-06-12T13:00:00Z', lines: ['Mediator Thomas Wernike, a retired judge, brokered the agreement after eleven hours of talks.', 'Wernike told reporters that both sides had given ground.'] },
    ]);
    const found = spellings(corpus);
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual(expect.arrayContaining([expect.stringMatching(/=Thomas Wernicke$/), expect.stringMatching(/=Thomas Wernike$/)]));
  });

  it('is no difference when the outlets spell the name alike, or only space it differently', () => {
    const corpus = analyse([
      { outlet: 'Elling Courier', published: '2026-06-12T09:00:00Z', lines: ['The agreement was brokered by mediator Anna Del Vecchio, who met both sides for eleven hours.'] },
      { outlet: 'Coast Ledger', published: '2026-06-12T11:00:00Z', lines: ['Mediator Anna DelVecchio kept the talks going through the night.'] },
    ]);
    expect(spellings(corpus)).toEqual([]);
  });
});
