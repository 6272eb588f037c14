import { describe, expect, it } from 'vitest';
import { type EventForest, forestMargin } from './forest.js';
import { pairProbability } from './pair-model.js';
import { bareEventMention, EVENT_COREF_CONFIG, EVENT_PAIR_FEATURES } from './index.js';

/** Two hand-made trees: a stump on feature 1, and a depth-2 tree on features 0 then 2. */
const FOREST: EventForest = [
  { feature: [1, -1, -1], value: [0.5, -1, 2], child: [1, -1, -1] },
  { feature: [0, 2, -1, -1, -1], value: [0, 0.25, 3, 0.5, -0.5], child: [1, 3, -1, -1, -1] },
];

describe('forestMargin', () => {
  it('adds the leaf each tree reaches, splits sending x <= value left', () => {
    // Stump: x1 = 0.5 goes left (-1). Second tree: x0 = 1 > 0 goes right, a leaf (3).
    expect(forestMargin(FOREST, [1, 0.5, 0])).toBe(2);
    // Stump right (2); second tree left to its split on x2: 0.25 <= 0.25 left (0.5).
    expect(forestMargin(FOREST, [0, 0.6, 0.25])).toBe(2.5);
    // x2 = 0.3 goes right (-0.5).
    expect(forestMargin(FOREST, [0, 0.6, 0.3])).toBe(1.5);
  });

  it('an empty forest adds nothing', () => {
    expect(forestMargin([], [1, 2, 3])).toBe(0);
  });

  it('a link model with trees adds their log-odds to the weights', () => {
    const a = bareEventMention('d1', { start: 0, end: 4 }, 'fire', 'a');
    const b = bareEventMention('d2', { start: 0, end: 4 }, 'fire', 'b');
    const zeros = EVENT_PAIR_FEATURES.map(() => 0);
    const model = { features: EVENT_PAIR_FEATURES, weights: zeros, words: {}, threshold: 0.5 };
    expect(pairProbability(model, a, b, EVENT_COREF_CONFIG)).toBe(0.5);
    // One leaf, reached by every pair: log-odds ln 3, probability 3/4.
    const withTree = { ...model, forest: [{ feature: [-1], value: [Math.log(3)], child: [-1] }] };
    expect(pairProbability(withTree, a, b, EVENT_COREF_CONFIG)).toBeCloseTo(0.75, 12);
  });
});
