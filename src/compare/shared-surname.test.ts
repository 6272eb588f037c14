import { describe, expect, it } from 'vitest';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';
import { differentNames } from './event-match.js';

describe('two people who share a surname', () => {
  it('are two people: one brother\'s arrest is not the other\'s, so their towns do not disagree', () => {
    const conflicts = analyzeTwoOutlets(
      'Police in Dorrow charged Tomas Harlan, 31, with armed robbery on Monday after a raid on a bank. His brother, Pieter Harlan, was charged with handling stolen money. Tomas Harlan was arrested at his home in Kelby, police said.',
      'Tomas Harlan, 31, has been charged with armed robbery over the raid on a bank in Dorrow, police said on Monday. Pieter Harlan, his younger brother, faces a charge of handling stolen money. Pieter Harlan was arrested in Ashby.',
    ).conflicts ?? [];
    expect(conflicts.filter((c) => c.kind === 'place')).toEqual([]);
  });

  it('tells a shorter form of one name from another person\'s name', () => {
    expect(differentNames('Tomas Harlan', 'Pieter Harlan')).toBe(true);
    expect(differentNames('Harlan', 'Tomas Harlan')).toBe(false);
    expect(differentNames('T. Harlan', 'Tomas Harlan')).toBe(false);
    expect(differentNames('Rook', 'Brandvold')).toBe(true);
  });
});
