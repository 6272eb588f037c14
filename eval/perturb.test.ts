import { describe, expect, it } from 'vitest';
import { changeNegation, type GoldSentence, plans } from './perturb.js';
import { seededRandom } from '../src/annotate/entities/hashing.js';

const sentence = (doc: string, text: string, names: GoldSentence['names'] = [], word = 'killed'): GoldSentence => ({ doc, index: 1, text, events: [{ instance: 'E1', word, occurrence: 0 }], names });

describe('planted changes', () => {
  it('negates the shared event verb with do-support or after its auxiliary', () => {
    const a = sentence('a', 'Gunmen killed four guards on Monday.');
    expect(changeNegation(a, sentence('b', 'The gunmen killed four guards.'))).toBe('The gunmen did not kill four guards.');
    expect(changeNegation(a, sentence('b', 'Four guards have been killed.'))).toBe('Four guards have not been killed.');
    expect(changeNegation(sentence('a', 'Nobody was not killed.'), sentence('b', 'The gunmen killed four guards.'))).toBeNull();
  });

  it('changes only what both sentences state', () => {
    const names = [{ text: 'Smith', gold: 'g1', type: 'actor' as const, entityType: 'PER' }];
    const a = sentence('a', 'Smith killed four guards on Monday in 2008.', names);
    const b = sentence('b', 'On Monday, Smith killed 4 guards.', names);
    const story = [...names, { text: 'Jones', gold: 'g2', type: 'actor' as const, entityType: 'PER' }];
    const found = plans(a, b, story, seededRandom(1));
    expect(found.map((p) => p.kind).sort()).toEqual(['actor', 'date', 'negation', 'number']);
    expect(found.find((p) => p.kind === 'actor')!.after).toBe('On Monday, Jones killed 4 guards.');
    expect(found.find((p) => p.kind === 'number')!.after).not.toContain(' 4 ');
    expect(found.find((p) => p.kind === 'date')!.after).not.toContain('Monday');
  });

  it('never swaps in a name that shares a word with either sentence, or of another type', () => {
    const names = [{ text: 'Smith', gold: 'g1', type: 'actor' as const, entityType: 'PER' }];
    const a = sentence('a', 'Smith killed four guards.', names);
    const b = sentence('b', 'Smith killed the guards.', names);
    const story = [...names, { text: 'Anna Smith', gold: 'g2', type: 'actor' as const, entityType: 'PER' }, { text: 'Acme', gold: 'g3', type: 'actor' as const, entityType: 'ORG' }];
    expect(plans(a, b, story, seededRandom(1)).find((p) => p.kind === 'actor')).toBeUndefined();
  });
});
