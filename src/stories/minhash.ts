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
export const COEFFS = (() => {
  let state = 0x9e3779b9;
  const next = () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  };
  return Array.from({ length: SIGNATURE_SIZE }, () => [next() | 1, next()] as const);
})();

/**
 * Hashes of the k-word shingles of a text, lower-cased, punctuation ignored: each the FNV-1a hash
 * (hashString) of the shingle's words joined by single spaces, computed over the words in place
 * rather than over a joined string built per shingle (garbage, at every new document).
 */
export function shingleHashes(text: string, k = 5): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const n = Math.max(0, words.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + k; w++) {
      if (w > i) h = Math.imul(h ^ 0x20, 0x01000193);
      const word = words[w];
      for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
    }
    out[i] = h >>> 0;
  }
  return out;
}

/**
 * `v % PRIME` for a whole number |v| < 2^53 (a coefficient may be negative: the remainder keeps
 * v's sign, as `%` does), by division: exact, and cheaper than `%` on doubles (fmod).
 */
function remPrime(v: number): number {
  // q * PRIME < 2^53 is exact; the quotient's rounding can be off by one either way, corrected here.
  const r = v - Math.trunc(v / PRIME) * PRIME;
  if (v >= 0) return r < 0 ? r + PRIME : r >= PRIME ? r - PRIME : r;
  return r > 0 ? r - PRIME : r <= -PRIME ? r + PRIME : r;
}

export function signature(hashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let j = 0; j < SIGNATURE_SIZE; j++) {
    const [a, b] = COEFFS[j];
    let min = 0xffffffff;
    for (let i = 0; i < hashes.length; i++) {
      // (a*x + b) mod p in doubles is exact enough: a, x < 2^32 make a product below 2^64; use two halves.
      const x = hashes[i];
      const v = remPrime(remPrime(a * (x >>> 16)) * 65536 + a * (x & 0xffff) + b);
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
