import { describe, expect, it } from 'vitest';
import { nounNamesVerb, sameVerbSense } from './wordnet.js';

describe('WordNet actions', () => {
  it('takes verbs sharing a frequent sense, or one a direct hypernym of the other, as one action', () => {
    for (const [a, b] of [['resign', 'quit'], ['praise', 'laud'], ['buy', 'acquire'], ['die', 'perish'], ['kill', 'slay']]) {
      expect(sameVerbSense(a, b), `${a} / ${b}`).toBe(true);
    }
  });

  it('keeps opposites, unrelated verbs and over-general verbs apart', () => {
    for (const [a, b] of [['win', 'lose'], ['rise', 'fall'], ['open', 'close'], ['arrive', 'sell'], ['make', 'build'], ['cause', 'kill']]) {
      expect(sameVerbSense(a, b), `${a} / ${b}`).toBe(false);
    }
  });

  it('links an eventive noun to the verb it names, not a person or a thing', () => {
    expect(nounNamesVerb('withdrawal', 'withdraw')).toBe(true);
    expect(nounNamesVerb('ouster', 'oust')).toBe(true);
    expect(nounNamesVerb('election', 'elect')).toBe(true);
    expect(nounNamesVerb('leader', 'lead')).toBe(false);
    expect(nounNamesVerb('building', 'hold')).toBe(false);
  });
});
