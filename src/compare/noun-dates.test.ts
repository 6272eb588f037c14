import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, type StoryArticle } from '../../test/support/verdicts.js';

/** Fictional coverage of one death: a time written before a noun describes that noun, not the event. */
const LEAD = 'Ada Rell, the swimmer who starred in films, has died.';
const analyse = (articles: StoryArticle[]): Corpus => analyseStory({ title: 'Ada Rell dies', lead: LEAD }, articles);

describe('a time inside a noun phrase', () => {
  it('does not date the verb of the clause ("confirmed that the 1940s Brackwater actress ... died")', () => {
    const corpus = analyse([
      { outlet: 'Vellmar Times', published: '2026-03-06T09:00:00Z', lines: ['It has been confirmed by publicist Ola Berg that the 1940s Brackwater actress and record-setting swimmer, Ada Rell, died on 6th June in her sleep.'] },
      { outlet: 'Coastal Wire', published: '2026-03-06T11:00:00Z', lines: ["Rell' publicist, Ola Berg, confirmed her death to the Vellmar Press Agency on Thursday."] },
    ]);
    expect((corpus.conflicts ?? []).filter((c) => c.kind === 'date').map((c) => c.about)).toEqual([]);
  });
});
