import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, involving, type StoryArticle } from '../../test/support/verdicts.js';

/**
 * Fictional coverage of a fictional earthquake: one outlet names the island the quake struck,
 * the other refers back to it as "the island".
 */
const LEAD = 'An earthquake shook Tarsk Island off the northern coast of Vellmar, damaging houses in two fishing villages.';
const analyse = (articles: StoryArticle[]): Corpus => analyseStory({ title: 'Earthquake jolts Tarsk Island', lead: LEAD }, articles);
const NAMED = { outlet: 'Vellmar Times', published: '2026-03-02T09:00:00Z', lines: ['A strong earthquake jolted Tarsk Island off the northern coast on Sunday, damaging the harbour wall.'] };
const other = (line: string): StoryArticle => ({ outlet: 'Coastal Wire', published: '2026-03-02T11:00:00Z', lines: [line] });

describe('a definite head noun names the patient the other side names', () => {
  it('sets two days for the quake that jolted "Tarsk Island" and "the island" against each other', () => {
    const corpus = analyse([NAMED, other('On Saturday a strong quake jolted the island, some 300 miles north of the capital.')]);
    const dates = involving(corpus, 'jolted Tarsk Island').filter((c) => c.kind === 'date');
    expect(dates).toHaveLength(1);
    expect(dates[0].sides.map((s) => s.value).join(' | ')).toMatch(/Sunday.*\|.*Saturday/);
  });

  it('sets "jolted" against "did not jolt" the island', () => {
    const corpus = analyse([NAMED, other('On Sunday a strong quake did not jolt the island, some 300 miles north of the capital.')]);
    expect(involving(corpus, 'jolted Tarsk Island').map((c) => c.kind)).toContain('polarity');
  });

  it('never reads a description with a modifier the name lacks as the named patient ("the southern island")', () => {
    const corpus = analyse([NAMED, other('On Saturday a strong quake jolted the southern island, some 300 miles north of the capital.')]);
    expect(involving(corpus, 'jolted Tarsk Island')).toEqual([]);
  });
});
