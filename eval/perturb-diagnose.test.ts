import { describe, expect, it } from 'vitest';
import { analyseStory, textOf } from '../test/support/verdicts.js';
import { diagnoseMiss } from './perturb-diagnose.js';
import type { Corpus } from '../src/model/corpus.js';

const story = { title: 'Tarnby harbour contract', lead: 'The Tarnby harbour authority has a new contract for its north quay.' };

/** The span of the sentence holding the needle. */
function sentence(corpus: Corpus, needle: string) {
  for (const d of corpus.documents) {
    const s = (d.layers.sentences ?? []).find((x) => d.text.slice(x.start, x.end).includes(needle));
    if (s) return { doc: d.id, start: s.start, end: s.end };
  }
  throw new Error(needle);
}

describe('diagnoseMiss', () => {
  it('names the comparison rule that kept two unrelated sentences apart', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Coast Courier', lines: ['Dock workers gathered at the quay in the morning.', 'Edda Harwick resigned from the board on Sunday.'] },
      { outlet: 'Island Herald', lines: ['The old crane was removed last year.', 'Gulls nested on the roof of the customs house.'] },
    ]);
    const a = sentence(corpus, 'Edda Harwick resigned');
    const b = sentence(corpus, 'Gulls nested');
    expect(textOf(corpus, b)).toContain('Gulls');
    expect(diagnoseMiss(corpus, a, b, 'polarity').reason).toMatch(/^verdict:no-/);
  });

  it('says when both sentences come from one publisher', () => {
    const corpus = analyseStory(story, [
      { outlet: 'Coast Courier', lines: ['Dock workers gathered at the quay in the morning.', 'Edda Harwick resigned from the board on Sunday.'] },
      { outlet: 'Island Herald', lines: ['The old crane was removed last year.'] },
    ]);
    const a = sentence(corpus, 'Dock workers');
    const b = sentence(corpus, 'Edda Harwick resigned');
    expect(diagnoseMiss(corpus, a, b, 'polarity').reason).toBe('publisher:same');
  });
});
