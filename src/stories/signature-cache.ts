import { hashString } from '../annotate/entities/hashing.js';
import { shingleHashes, signature } from './minhash.js';

/**
 * Signatures kept per process: far above the 600 documents an incremental update loads at most
 * (src/store/live-config.ts), so a worker's consecutive updates find the stories they share;
 * 20,000 of 64 numbers is about 7 MB, twice that with the two shingle lengths in use (the
 * grouper's 3 words, the publisher grouper's 5).
 */
const CAPACITY = 40_000;
/** The story grouper's shingles: short enough that two reports of one event share some. */
const STORY_SHINGLE_WORDS = 3;
const cache = new Map<string, Uint32Array>();

/**
 * The MinHash signature of a document's text (`shingleWords`-word shingles), remembered. A live corpus's
 * worker groups the same stored documents again at every update that loads them (a couple of
 * hundred per update), and the signature, a function of the text alone, was about a twentieth of
 * its CPU. Keyed by the document id with the text's length and hash, not the id alone: the
 * cleaned text of one input can differ between runs where page furniture is learnt from another
 * batch. The oldest entry goes when full. Callers must not change the array they get.
 */
export function textSignature(docId: string, text: string, shingleWords = STORY_SHINGLE_WORDS): Uint32Array {
  const key = `${docId}:${shingleWords}:${text.length}:${hashString(text)}`;
  const known = cache.get(key);
  if (known) return known;
  const sig = signature(shingleHashes(text, shingleWords));
  if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value!);
  cache.set(key, sig);
  return sig;
}
