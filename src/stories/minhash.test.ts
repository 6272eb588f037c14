import { describe, expect, it } from 'vitest';
import { COEFFS, estimatedJaccard, LshIndex, shingleHashes, signature } from './minhash.js';
import { hashString, seededRandom } from '../annotate/entities/hashing.js';

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

describe('MinHash arithmetic', () => {
  // The definitions the fast paths must equal: the joined shingle hashed whole, and `%` on doubles.
  const PRIME = 4294967311;
  const joinedHashes = (text: string, k: number) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return Array.from({ length: Math.max(0, words.length - k + 1) }, (_, i) => hashString(words.slice(i, i + k).join(' ')));
  };

  it('hashes each shingle as its words joined by spaces', () => {
    const text = 'Zürich’s mayor, Anna Keller, said 42 boats — and "the ferry" — would sail; Émile agreed.';
    for (const k of [1, 3, 5]) expect([...shingleHashes(text, k)]).toEqual(joinedHashes(text, k));
    expect([...shingleHashes('too short', 3)]).toEqual([]);
  });

  it('takes each row\'s minimum of (a·x + b) mod p exactly, for hashes across the 32-bit range', () => {
    const random = seededRandom(7);
    const hashes = Uint32Array.from({ length: 500 }, (_, i) => (i < 4 ? [0, 1, 0xffffffff, 0xfffffffe][i] : Math.floor(random() * 2 ** 32)));
    const sig = signature(hashes);
    for (let j = 0; j < 64; j++) {
      const [a, b] = COEFFS[j];
      let min = 0xffffffff;
      for (const x of hashes) min = Math.min(min, (((a * (x >>> 16)) % PRIME) * 65536 + a * (x & 0xffff) + b) % PRIME);
      // Stored as the signature stores it (a negative coefficient gives negative remainders).
      expect(sig[j]).toBe(Uint32Array.of(min)[0]);
    }
  });
});
