import { describe, expect, it } from 'vitest';
import type { TokenEntity } from './news-layer.js';
import { dropUnconfirmedOpeners, headlineSentence, openingPosition } from './openers.js';

const COMMON = new Set(['rescue', 'teams', 'search', 'relief', 'harbour', 'storm']);

/** Sentences as words, with entities given as [sentence, first word, word count, type]. */
function run(sentences: string[], entities: [number, number, number, TokenEntity['type']][]): string[] {
  const words = sentences.map((s) => s.split(' '));
  const lists: TokenEntity[][] = words.map(() => []);
  for (const [si, start, n, type] of entities) lists[si].push({ type, start, end: start + n });
  dropUnconfirmedOpeners(words, lists, (w) => COMMON.has(w));
  return lists.flatMap((l, si) => l.map((e) => words[si].slice(e.start, e.end).join(' ')));
}

describe('capitals that only the position explains', () => {
  it('knows sentence openings, dateline dashes and headlines', () => {
    expect(openingPosition(['"', 'Rescue', 'came'], 1)).toBe(true);
    expect(openingPosition(['KEL', 'AMAR', ',', 'Ostrava', '—', 'Rescue', 'teams'], 5)).toBe(true);
    expect(openingPosition(['the', 'Fishers', "'", 'Guild'], 3)).toBe(false);
    expect(openingPosition(['storms', 'hit', '-', 'Rescue'], 3)).toBe(false);
    expect(headlineSentence(['Storm', 'Leaves', 'Harbour', 'Town', 'Flooded'])).toBe(true);
    expect(headlineSentence(['Storms', 'left', 'the', 'harbour', 'flooded'])).toBe(false);
  });

  it('drops a common word opening a sentence or a dateline that the text never confirms', () => {
    expect(run(['KEL AMAR , Ostrava — Rescue teams searched Ostrava .', 'Search went on .'], [[0, 0, 2, 'LOC'], [0, 3, 1, 'LOC'], [0, 5, 1, 'ORG'], [0, 8, 1, 'LOC'], [1, 0, 1, 'ORG']]))
      .toEqual(['KEL AMAR', 'Ostrava', 'Ostrava']);
  });

  it('keeps it where the text writes it capitalised inside a sentence, or where it is no common word', () => {
    expect(run(['Relief said it would help .', 'Aid came from Relief on Monday .'], [[0, 0, 1, 'ORG'], [1, 3, 1, 'ORG']])).toEqual(['Relief', 'Relief']);
    expect(run(['Marlowe said it would help .'], [[0, 0, 1, 'PER']])).toEqual(['Marlowe']);
  });

  it('keeps a phrase of several words', () => {
    expect(run(['Harbour Relief said it would help .'], [[0, 0, 2, 'ORG']])).toEqual(['Harbour Relief']);
  });
});
