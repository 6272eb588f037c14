import { describe, expect, it } from 'vitest';
import { rocAuc } from './events-model.js';

describe('rocAuc', () => {
  it('is 1 when every positive outranks every negative, 0 when reversed, 0.5 for one class', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(rocAuc([0.3, 0.4], [1, 1])).toBe(0.5);
  });

  it('counts the share of positive-negative pairs ranked right', () => {
    // Positives at 0.2 and 0.9, negatives at 0.1 and 0.5: 3 of the 4 pairs ranked right.
    expect(rocAuc([0.2, 0.9, 0.1, 0.5], [1, 1, 0, 0])).toBe(0.75);
  });
});
