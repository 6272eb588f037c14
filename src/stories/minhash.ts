import { hashString } from '../annotate/entities/hashing.js';

/**
 * MinHash signatures over word shingles and an LSH index over their bands: near-duplicate
 * texts (syndicated copies) and similar stories are found without comparing every pair.
 */
export const SIGNATURE_SIZE = 64;
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
const PRIME = 4294967311; // > 2^32

/** Fixed pseudo-random coefficients: signatures are comparable across runs and processes. */
const COEFFS = (() => {
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  };
  return Array.from({ length: SIGNATURE_SIZE }, () => [next() | 1, next()] as const);
})();

/** Hashes of the k-word shingles of a text, lower-cased, punctuation ignored. */
export function shingleHashes(text: string, k = 5): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const n = Math.max(0, words.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = hashString(words.slice(i, i + k).join(' '));
  return out;
}

export function signature(hashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let j = 0; j < SIGNATURE_SIZE; j++) {
    const [a, b] = COEFFS[j];
    let min = 0xffffffff;
    for (let i = 0; i < hashes.length; i++) {
      // (a*x + b) mod p in doubles is exact enough: a, x < 2^32 make a product below 2^64; use two halves.
      const x = hashes[i];
      const v = (((a * (x >>> 16)) % PRIME) * 65536 + a * (x & 0xffff) + b) % PRIME;
      if (v < min) min = v;
    }
    sig[j] = min;
  }
  return sig;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Band buckets: two signatures sharing any band are candidates (Jaccard ~0.5 and up are found). */
export class LshIndex<K> {
  private readonly buckets = new Map<string, K[]>();

  add(key: K, sig: Uint32Array): void {
    for (const band of bandKeys(sig)) (this.buckets.get(band) ?? this.buckets.set(band, []).get(band)!).push(key);
  }

  candidates(sig: Uint32Array): Set<K> {
    const out = new Set<K>();
    for (const band of bandKeys(sig)) for (const k of this.buckets.get(band) ?? []) out.add(k);
    return out;
  }
}

/** One key per band of the signature: two signatures sharing a key are LSH candidates (the store indexes them). */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`);
  return keys;
}
