import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, textOf, type StoryArticle } from '../../test/support/verdicts.js';

/** Fictional coverage of a fictional factory closure, its chief executive quoted by three outlets. */
const LEAD = 'Carrow Tools will close its Lindholm plant, chief executive Dana Reyes told staff on Monday.';
const analyse = (articles: StoryArticle[]): Corpus => analyseStory({ title: 'Carrow Tools to close Lindholm plant', lead: LEAD }, articles);
const wordings = (corpus: Corpus) => (corpus.divergences ?? []).filter((d) => d.kind === 'wording').map((d) => d.sides.map((s) => textOf(corpus, s.evidence)).sort());

describe('one speaker quoted in two wordings', () => {
  it('finds a reworded sentence inside a longer quotation, set side by side sentence against sentence', () => {
    const corpus = analyse([
      { outlet: 'Lindholm Courier', published: '2026-05-11T09:00:00Z', lines: ['"It was a hard decision. We did not feel the plant was meeting the goals we had set for it," Reyes wrote in the email.'] },
      { outlet: 'Trade Weekly', published: '2026-05-11T12:00:00Z', lines: ['Reyes wrote: "We felt the plant was not meeting the goals we set for it."', 'The union said it would ask for talks.'] },
    ]);
    expect(wordings(corpus)).toEqual([['We did not feel the plant was meeting the goals we had set for it', 'We felt the plant was not meeting the goals we set for it']]);
  });

  it('reads inflected forms as one word: "closes" and "close", "helped" and "help"', () => {
    const corpus = analyse([
      { outlet: 'Lindholm Courier', published: '2026-05-11T09:00:00Z', lines: ['Reyes wrote in the email that "the plant will close by the end of the year and every worker will get help finding a new job."'] },
      { outlet: 'Trade Weekly', published: '2026-05-11T12:00:00Z', lines: ['In the email, Reyes said "the Lindholm plant closes at year end, and each worker will be helped to find a job."'] },
    ]);
    expect(wordings(corpus)).toHaveLength(1);
  });

  it('is no difference when one outlet quotes a sentence of the other\'s quotation whole, or splits it in two', () => {
    const corpus = analyse([
      { outlet: 'Lindholm Courier', published: '2026-05-11T09:00:00Z', lines: ['"The plant has served this town for forty years, and we owe every worker our help in finding a new job," Reyes said.'] },
      { outlet: 'Trade Weekly', published: '2026-05-11T12:00:00Z', lines: ['"The plant has served this town for forty years. We owe every worker our help in finding a new job," Reyes said.'] },
      { outlet: 'Valley Post', published: '2026-05-11T15:00:00Z', lines: ['"We owe every worker our help in finding a new job," Reyes said.'] },
    ]);
    expect(wordings(corpus)).toEqual([]);
  });

  it('matches a quotation a report gives without its speaker to the speaker another report names, and says so', () => {
    const corpus = analyse([
      { outlet: 'Lindholm Courier', published: '2026-05-11T09:00:00Z', lines: ['"We did not feel the plant was meeting the goals we had set for it three years ago," Reyes wrote.'] },
      { outlet: 'Trade Weekly', published: '2026-05-11T12:00:00Z', lines: ['The Lindholm plant will close in December.', '"We felt the plant was not meeting the goals we set for it three years ago," the email said.'] },
    ]);
    const found = (corpus.divergences ?? []).filter((d) => d.kind === 'wording');
    expect(found).toHaveLength(1);
    expect(found[0].about).toMatch(/Reyes's words/);
    expect(found[0].sides.map((s) => s.attribution?.name).sort()).toEqual(['Dana Reyes', 'the email, no speaker named']);
  });

  it('never counts the editor\'s words in brackets as a rewording', () => {
    const corpus = analyse([
      { outlet: 'Lindholm Courier', published: '2026-05-11T09:00:00Z', lines: ['"We will read the final (closure) terms when they are published, and then we will see them in court," Reyes said.'] },
      { outlet: 'Trade Weekly', published: '2026-05-11T12:00:00Z', lines: ['"We will read the final terms when they are published, and then we will see them in court," Reyes said.'] },
    ]);
    expect(wordings(corpus)).toEqual([]);
  });

  it('never sets two different statements of one speaker side by side', () => {
    const corpus = analyse([
      { outlet: 'Lindholm Courier', published: '2026-05-11T09:00:00Z', lines: ['"Orders from the car makers fell by half in two years," Reyes said.'] },
      { outlet: 'Trade Weekly', published: '2026-05-11T12:00:00Z', lines: ['"Every worker will be offered a place at our Varde site," Reyes said.'] },
    ]);
    expect(wordings(corpus)).toEqual([]);
  });
});
