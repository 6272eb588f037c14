import { hashString, mix } from './hashing.js';
import { isUpperInitial } from './gazetteer.js';
import { wordShape } from './word-shape.js';

/**
 * What a word contributes to its own features, whatever its context: its lower form, the
 * hashes its neighbours' features read, and the mixed values of the slots that depend on the
 * word alone. Text repeats its words (50 of the bench's generated articles, 40,000 tokens, hold
 * under 1,000 distinct ones; real news is more varied, but most of its tokens are still common
 * words), so these strings are sliced, lowered and hashed once per distinct word instead of once
 * per token.
 */
export interface WordFeatures {
  readonly lower: string;
  /** hashString of the word, its lower form, its collapsed shape. */
  readonly hw: number;
  readonly hl: number;
  readonly hs: number;
  readonly cap: 0 | 1;
  /** How the word counts towards its sentence's mode (`sentenceMode`): not at all, or as written in capitals, Title case, or otherwise. */
  readonly caseClass: CaseClass;
  /** mix(slot, value) for slots 1–11: word, lower form, long shape, 4 prefixes, 4 suffixes. */
  readonly lead: Uint32Array;
  /** mix(slot, value) for the two last slots (HYPHEN_SLOT, SUFFIX5_SLOT): the part before a hyphen, the 5-letter suffix. */
  readonly hyphenSlot: number;
  readonly suffix5Slot: number;
}

export const CaseClass = { Uncounted: 0, Capitals: 1, Titled: 2, Other: 3 } as const;
export type CaseClass = (typeof CaseClass)[keyof typeof CaseClass];

/** Words that Title Case leaves in lower case ("Talks With X on the Y"). */
const TITLE_LOWER_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'over']);

function caseClassOf(w: string): CaseClass {
  if (!/[A-Za-z]/.test(w) || w.length < 2 || w[0] === "'" || TITLE_LOWER_WORDS.has(w)) return CaseClass.Uncounted;
  if (w === w.toUpperCase()) return CaseClass.Capitals;
  return isUpperInitial(w) ? CaseClass.Titled : CaseClass.Other;
}

/** Slot ids of the word-alone features, as `sentenceFeatures` numbers its slots. */
export const LEAD_FIRST_SLOT = 1;
export const LEAD_SLOTS = 11;
export const HYPHEN_SLOT = 45;
export const SUFFIX5_SLOT = 46;

/** Past this many distinct words the cache starts afresh: bounded memory in a long-running worker. */
const MAX_CACHED_WORDS = 50_000;

const cache = new Map<string, WordFeatures>();

/** The word's own features, computed once per distinct word. */
export function wordFeatures(word: string): WordFeatures {
  let f = cache.get(word);
  if (f) return f;
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  f = computeWordFeatures(word);
  cache.set(word, f);
  return f;
}

function computeWordFeatures(w: string): WordFeatures {
  const l = w.toLowerCase();
  const hw = hashString(w);
  const hl = hashString(l);
  const lead = new Uint32Array(LEAD_SLOTS);
  let t = LEAD_FIRST_SLOT;
  lead[t - LEAD_FIRST_SLOT] = mix(t++, hw);
  lead[t - LEAD_FIRST_SLOT] = mix(t++, hl);
  lead[t - LEAD_FIRST_SLOT] = mix(t++, hashString(wordShape(w, false)));
  for (let k = 1; k <= 4; k++) lead[t - LEAD_FIRST_SLOT] = mix(t++, k <= l.length ? hashString(l.slice(0, k)) : 0);
  for (let k = 1; k <= 4; k++) lead[t - LEAD_FIRST_SLOT] = mix(t++, k <= l.length ? hashString(l.slice(-k)) : 0);
  return {
    lower: l,
    hw,
    hl,
    hs: hashString(wordShape(w, true)),
    cap: isUpperInitial(w) ? 1 : 0,
    caseClass: caseClassOf(w),
    lead,
    hyphenSlot: mix(HYPHEN_SLOT, l.includes('-') ? hashString(l.slice(0, l.indexOf('-'))) : 0),
    suffix5Slot: mix(SUFFIX5_SLOT, l.length > 4 ? hashString(l.slice(-5)) : 0),
  };
}
