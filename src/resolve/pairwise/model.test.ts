import { describe, expect, it } from 'vitest';
import type { Chain } from '../chain.js';
import { clusterChains, scorePair } from '../cross-doc.js';
import { FEATURES, pairWords } from './features.js';
import { type PairModel, probability, trainLogistic } from './model.js';

function chain(id: number, doc: string, names: string[], heads: string[] = [], gender?: 'm' | 'f'): Chain {
  return {
    id, doc, type: 'PER', nodes: [], names, nominalHeads: new Set(heads), nameHeads: new Set(names.map((n) => n.split(' ').pop()!.toLowerCase())),
    roles: [], gender, genderVotes: gender ? 3 : 0,
  };
}

/** A model that trusts names alone: merges at a name score of about 0.8 or more. */
function namesOnly(): PairModel {
  const weights = FEATURES.map((f) => (f === 'bias' ? -8 : f === 'name_score' ? 10 : 0));
  return { features: [...FEATURES], weights, words: {}, merge: 0.5, possible: 0.3 };
}

describe('pairwise model', () => {
  it('learns the same weights from the same data, and separates what the data separates', () => {
    const examples = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ x: [1, i % 2, (i % 3) / 3], words: i % 2 ? ['attorney|lawyer'] : ['judge|lawyer'], y: i % 2 }));
    const a = trainLogistic(examples, new Set(['attorney|lawyer', 'judge|lawyer']), { epochs: 200 });
    const b = trainLogistic(examples, new Set(['attorney|lawyer', 'judge|lawyer']), { epochs: 200 });
    expect(a).toEqual(b);
    const model: PairModel = { features: ['bias', 'f', 'g'], weights: a.weights, words: a.words, merge: 0.5, possible: 0.3 };
    expect(probability(model, [1, 1, 0], ['attorney|lawyer'])).toBeGreaterThan(0.5);
    expect(probability(model, [1, 0, 0], ['judge|lawyer'])).toBeLessThan(0.5);
  });

  it('pairs descriptions in one order whichever chain comes first', () => {
    const x = chain(1, 'a', [], ['lawyer']);
    const y = chain(2, 'b', ['Mara Quell'], ['attorney']);
    expect(pairWords(x, y).sort()).toEqual(pairWords(y, x).sort());
    expect(pairWords(x, y)).toContain('<name PER>|lawyer');
  });

  it('keeps the hard constraints whatever the model says', () => {
    const model: PairModel = { features: [...FEATURES], weights: FEATURES.map((f) => (f === 'bias' ? 20 : 0)), words: {}, merge: 0.5, possible: 0.3 };
    const he = chain(1, 'a', ['Dorn Abelard'], [], 'm');
    const she = chain(2, 'b', ['Dorn Abelard'], [], 'f');
    expect(scorePair(he, she, new Map(), true, model).conflict).toBe(true);
    const unnamed = chain(3, 'c', [], ['lawyer']);
    const other = chain(4, 'd', [], ['lawyer']);
    expect(scorePair(unnamed, other, new Map(), false, model).score).toBe(0);
  });

  it('clusters with the given model and never merges across a cannot-link', () => {
    const a = chain(1, 'a', ['Tomas Virelli']);
    const b = chain(2, 'b', ['Tomas Virelli']);
    const c = chain(3, 'c', ['Tomas Virelli']);
    const merged = clusterChains({ chains: [a, b], cannotLink: new Set(), model: namesOnly() });
    expect(merged.clusters).toHaveLength(1);
    const apart = clusterChains({ chains: [a, c], cannotLink: new Set(['a#1|c#3']), model: namesOnly() });
    expect(apart.clusters).toHaveLength(2);
  });
});
