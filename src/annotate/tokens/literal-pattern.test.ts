import { describe, expect, it } from 'vitest';
import { literalPattern } from './literal-pattern.js';

describe('literalPattern', () => {
  it('matches the text itself, pattern characters included', () => {
    for (const text of ['St. Mary (Kent)', 'a+b*c?', '[x]{2}|y^$\\z']) {
      expect(new RegExp(`^${literalPattern(text)}$`).test(text)).toBe(true);
    }
    expect(new RegExp(literalPattern('St. Mary')).test('Stx Mary')).toBe(false);
  });
});
