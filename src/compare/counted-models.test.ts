import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { analyseStory, type StoryArticle } from '../../test/support/verdicts.js';

/** Fictional coverage of one seizure: the same weapons counted under two nouns. */
const analyse = (articles: StoryArticle[]): Corpus =>
  analyseStory({ title: 'Navy foils pirate attack', lead: 'The Vellmar navy foiled a pirate attack on a cargo ship on Saturday and arrested 23 pirates.' }, articles);

describe('a model named in two counted phrases', () => {
  it('counts one thing whatever noun follows it ("12 AK-47 guns" / "seven AK-47 assault rifles")', () => {
    const corpus = analyse([
      { outlet: 'Vellmar Times', published: '2026-03-06T09:00:00Z', lines: ['The navy commandos also recovered 12 AK-47 guns and two grenades from the pirate boats on Saturday.'] },
      { outlet: 'Coastal Wire', published: '2026-03-06T11:00:00Z', lines: ['The navy commandos recovered seven AK-47 assault rifles and grenades from the pirate boats on Saturday.'] },
    ]);
    expect((corpus.conflicts ?? []).filter((c) => c.kind === 'number').map((c) => c.sides.map((s) => s.value))).toEqual([['12 AK-47 guns', 'seven AK-47 assault rifles']]);
  });

  it('keeps two models apart ("12 AK-47 rifles" / "seven M-16 carbines" count two things)', () => {
    const corpus = analyse([
      { outlet: 'Vellmar Times', published: '2026-03-06T09:00:00Z', lines: ['The navy commandos also recovered 12 AK-47 rifles and two grenades from the pirate boats on Saturday.'] },
      { outlet: 'Coastal Wire', published: '2026-03-06T11:00:00Z', lines: ['The navy commandos recovered seven M-16 carbines and grenades from the pirate boats on Saturday.'] },
    ]);
    expect((corpus.conflicts ?? []).filter((c) => c.kind === 'number')).toEqual([]);
  });
});
