import { describe, expect, it } from 'vitest';
import { fitForest } from './events-forest.js';
import { forestMargin } from '../src/compare/events/forest.js';

describe('fitForest', () => {
  // Label = x0 AND x1: a conjunction no single weight per feature reads; x2 is noise.
  const examples = Array.from({ length: 400 }, (_, i) => {
    const x = [i & 1, (i >> 1) & 1, ((i * 7) % 5) / 4];
    return { x, y: x[0] && x[1] ? 1 : 0, weight: 1, start: 0 };
  });
  const options = { trees: 30, depth: 2, rate: 0.3, lambda: 1, minChildHessian: 1 };

  it('learns a conjunction of two features', () => {
    const forest = fitForest(examples, options);
    expect(forestMargin(forest, [1, 1, 0.5])).toBeGreaterThan(2);
    expect(forestMargin(forest, [1, 0, 0.5])).toBeLessThan(-2);
    expect(forestMargin(forest, [0, 1, 0.5])).toBeLessThan(-2);
  });

  it('keeps depth within bounds and is deterministic', () => {
    const forest = fitForest(examples, options);
    expect(forest).toHaveLength(30);
    for (const tree of forest) expect(tree.feature.length).toBeLessThanOrEqual(7);
    expect(fitForest(examples, options)).toEqual(forest);
  });

  it('starts from the given log-odds: examples already right need no trees to move', () => {
    const settled = examples.map((e) => ({ ...e, start: e.y ? 20 : -20 }));
    const forest = fitForest(settled, options);
    expect(Math.abs(forestMargin(forest, [1, 1, 0]))).toBeLessThan(1e-3);
  });
});
