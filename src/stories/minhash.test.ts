import { describe, expect, it } from 'vitest';
import { estimatedJaccard, LshIndex, shingleHashes, signature } from './minhash.js';

const base = 'The harbour authority said on Monday that the northern pier would close for repairs lasting a month, and fishermen would moor at the southern quay meanwhile, officials said.';

describe('MinHash', () => {
  it('rates a lightly edited copy as near-identical and an unrelated text as distant', () => {
    const copy = signature(shingleHashes(`${base} Credit to the Herald.`));
    const original = signature(shingleHashes(base));
    const other = signature(shingleHashes('Voters in the hill districts went to the polls on Sunday in an election marked by low turnout and a heavy police presence at stations.'));
    expect(estimatedJaccard(original, copy)).toBeGreaterThan(0.7);
    expect(estimatedJaccard(original, other)).toBeLessThan(0.1);
  });

  it('is deterministic', () => {
    expect(Array.from(signature(shingleHashes(base)))).toEqual(Array.from(signature(shingleHashes(base))));
  });

  it('finds the copy as a candidate through LSH bands, not the unrelated text', () => {
    const lsh = new LshIndex<string>();
    lsh.add('original', signature(shingleHashes(base)));
    lsh.add('other', signature(shingleHashes('Voters in the hill districts went to the polls on Sunday in an election marked by low turnout.')));
    const found = lsh.candidates(signature(shingleHashes(`${base} Credit to the Herald.`)));
    expect(found.has('original')).toBe(true);
    expect(found.has('other')).toBe(false);
  });
});
