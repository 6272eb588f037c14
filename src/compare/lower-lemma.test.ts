import { describe, expect, it } from 'vitest';
import { lemmaId } from '../annotate/tokens/vocabulary.js';
import { lowerLemma } from './lower-lemma.js';

describe('lowerLemma', () => {
  it('is the interned lemma lowercased, asked in any order and more than once', () => {
    const ids = ['Zorvath', 'KELDA', 'harbour', 'Ørsted'].map(lemmaId);
    for (const id of [...ids].reverse()) expect(lowerLemma(id)).toBe(['Zorvath', 'KELDA', 'harbour', 'Ørsted'][ids.indexOf(id)].toLowerCase());
    expect(lowerLemma(ids[1])).toBe('kelda');
  });
});
