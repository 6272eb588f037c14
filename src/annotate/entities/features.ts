import { hashString, mix } from './hashing.js';
import { Gazetteer, GAZ, isUpperInitial } from './gazetteer.js';
import { CaseClass, HYPHEN_SLOT, LEAD_FIRST_SLOT, LEAD_SLOTS, wordFeatures, type WordFeatures } from './word-features.js';

export { wordShape } from './word-shape.js';

/** Number of static feature slots per token; every slot always yields one hashed feature. */
export const STATIC_SLOTS = 47;

/** Resources shared by every document: gazetteers and words the training corpus writes in lower case. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  /** Lower-case forms seen lower-case in the training text ("meets", "president"). */
  commonLower: ReadonlySet<string>;
}

export type SentenceMode = 0 | 1 | 2; // normal, all capitals, title case

/** Per-document facts that tell a name from a capitalised common word. */
export interface DocumentContext {
  lowerInDoc: Set<string>;
  capitalisedMidSentence: Set<string>;
}

/** `modes`: each sentence's `sentenceMode`, when the caller has them already. */
export function documentContext(sentences: readonly (readonly string[])[], modes?: readonly SentenceMode[]): DocumentContext {
  const lowerInDoc = new Set<string>();
  const capitalisedMidSentence = new Set<string>();
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const mode = modes ? modes[si] : sentenceMode(s);
    for (let i = 0; i < s.length; i++) {
      const w = s[i];
      const first = w.charCodeAt(0);
      if (first >= 97 && first <= 122) lowerInDoc.add(w);
      else if (i > 0 && mode === 0 && isUpperInitial(w)) capitalisedMidSentence.add(w.toLowerCase());
    }
  }
  return { lowerInDoc, capitalisedMidSentence };
}

/** Headlines in capitals or Title Case make capitalisation useless as a cue; the model sees which. */
export function sentenceMode(words: readonly string[]): SentenceMode {
  return modeOfWords(words.map(wordFeatures));
}

/** `sentenceMode` from the words' own features (each word's case class is found once per distinct word). */
export function modeOfWords(own: readonly WordFeatures[]): SentenceMode {
  let letters = 0;
  let upper = 0;
  let titled = 0;
  for (const f of own) {
    const c = f.caseClass;
    if (c === CaseClass.Uncounted) continue;
    letters++;
    if (c === CaseClass.Capitals) upper++;
    else if (c === CaseClass.Titled) titled++;
  }
  if (letters < 3) return 0;
  if (upper / letters >= 0.8) return 1;
  if ((upper + titled) / letters >= 0.8 && letters >= 3) return 2;
  return 0;
}

/** Sentence length as a feature sees it: 0–4 words, 5–9, 10 or more. */
export const lengthBucket = (n: number): number => (n < 5 ? n : n < 10 ? 5 : 6);
/** Position as a feature sees it: the first four words, then any later one. */
export const positionBucket = (i: number): number => (i < 4 ? i : 4);

/**
 * The static slots whose feature depends only on the word and its place (`placeOf`): the bias,
 * the word alone (1–11 and the last two), and the word's shape or lower form with whether it
 * opens or closes the sentence, the sentence's mode and length, and its position.
 */
export const WORD_IN_PLACE_SLOTS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 25, 26, 27, 28, 43, 44, 45, 46];

/** Everything besides the word that the WORD_IN_PLACE_SLOTS read, as one small number (< 640). */
export function placeOf(i: number, n: number, mode: SentenceMode): number {
  return (i === 0 ? 1 : 0) | (i === n - 1 ? 2 : 0) | (mode << 2) | (lengthBucket(n) << 4) | (positionBucket(i) << 7);
}

const PAD_BEFORE = hashString('<S>');
const PAD_AFTER = hashString('</S>');

/** A sentence's words with their own features and its mode, found once and shared by every reader. */
export interface SentenceWords {
  words: readonly string[];
  own: readonly WordFeatures[];
  lowers: readonly string[];
  mode: SentenceMode;
}

export function sentenceWords(words: readonly string[]): SentenceWords {
  const own = words.map(wordFeatures);
  return { words, own, lowers: own.map((f) => f.lower), mode: modeOfWords(own) };
}

/**
 * Static features of one sentence, STATIC_SLOTS hashed values per token (before masking).
 * Written into `out` from `offset`.
 */
export function sentenceFeatures(
  sentence: readonly string[] | SentenceWords,
  doc: DocumentContext,
  res: FeatureResources,
  out: Uint32Array,
  offset: number,
): void {
  const { words, own, lowers, mode } = 'own' in sentence ? sentence : sentenceWords(sentence as readonly string[]);
  const n = words.length;
  const gaz = res.gazetteer.codes(words, lowers);
  // Hashes per token, with two pad positions each side so neighbours need no bounds checks.
  const hw = new Uint32Array(n + 4);
  const hl = new Uint32Array(n + 4);
  const hs = new Uint32Array(n + 4);
  const hg = new Uint32Array(n + 4);
  for (let k = 0; k < 2; k++) {
    hw[k] = hl[k] = hs[k] = hg[k] = PAD_BEFORE;
    hw[n + 2 + k] = hl[n + 2 + k] = hs[n + 2 + k] = hg[n + 2 + k] = PAD_AFTER;
  }
  for (let i = 0; i < n; i++) {
    hw[i + 2] = own[i].hw;
    hl[i + 2] = own[i].hl;
    hs[i + 2] = own[i].hs;
    hg[i + 2] = gaz[i];
  }
  const lenBucket = lengthBucket(n);
  for (let i = 0; i < n; i++) {
    const f = own[i];
    const l = f.lower;
    const p = i + 2;
    const cap = f.cap;
    const isFirst = i === 0 ? 1 : 0;
    const o = offset + i * STATIC_SLOTS;
    let t = 0;
    out[o + t] = mix(t++, 1);
    // The word alone (itself, lower form, long shape, prefixes, suffixes): hashed once per distinct word.
    for (let k = 0; k < LEAD_SLOTS; k++) out[o + t++] = f.lead[k];
    if (t !== LEAD_FIRST_SLOT + LEAD_SLOTS) throw new Error(`feature slot ${t} != ${LEAD_FIRST_SLOT + LEAD_SLOTS}`);
    out[o + t] = mix(t++, hl[p - 1]);
    out[o + t] = mix(t++, hl[p + 1]);
    out[o + t] = mix(t++, hl[p - 2]);
    out[o + t] = mix(t++, hl[p + 2]);
    out[o + t] = mix(t++, hs[p - 1]);
    out[o + t] = mix(t++, hs[p + 1]);
    out[o + t] = mix(t++, mix(hs[p - 2], hs[p - 1]));
    out[o + t] = mix(t++, mix(hs[p + 1], hs[p + 2]));
    out[o + t] = mix(t++, mix(hl[p - 1], hl[p]));
    out[o + t] = mix(t++, mix(hl[p], hl[p + 1]));
    out[o + t] = mix(t++, mix(mix(hs[p - 1], hs[p]), hs[p + 1]));
    out[o + t] = mix(t++, mix(hl[p - 1], hs[p]));
    out[o + t] = mix(t++, mix(hs[p], hl[p + 1]));
    out[o + t] = mix(t++, mix(isFirst, hs[p]));
    out[o + t] = mix(t++, mix(mode, hs[p]));
    out[o + t] = mix(t++, mix(mode, hl[p]));
    out[o + t] = mix(t++, mix(lenBucket, hs[p]));
    // Capitalisation in context: a capitalised word that the corpus or this document writes in
    // lower case is probably not a name; one capitalised mid-sentence elsewhere probably is.
    const commonLower = res.commonLower.has(l) ? 1 : 0;
    const lowerHere = doc.lowerInDoc.has(l) ? 1 : 0;
    const capElsewhere = doc.capitalisedMidSentence.has(l) ? 1 : 0;
    out[o + t] = mix(t++, cap * 8 + commonLower * 4 + isFirst * 2 + (mode === 0 ? 0 : 1));
    out[o + t] = mix(t++, cap * 8 + lowerHere * 4 + isFirst * 2 + (mode === 0 ? 0 : 1));
    out[o + t] = mix(t++, mix(capElsewhere * 4 + lowerHere * 2 + commonLower, mode * 2 + isFirst));
    out[o + t] = mix(t++, hg[p]);
    out[o + t] = mix(t++, hg[p - 1]);
    out[o + t] = mix(t++, hg[p + 1]);
    out[o + t] = mix(t++, mix(hg[p], hs[p]));
    out[o + t] = mix(t++, mix(hg[p - 1], hs[p]));
    out[o + t] = mix(t++, mix(hg[p + 1], hs[p]));
    const g1 = (i > 0 ? gaz[i - 1] : 0) & (GAZ.title | GAZ.firstName);
    const g2 = (i > 1 ? gaz[i - 2] : 0) & GAZ.title;
    out[o + t] = mix(t++, mix(g1 * 2 + (g2 ? 1 : 0), cap));
    const n1 = (i + 1 < n ? gaz[i + 1] : 0) & (GAZ.orgSuffix | GAZ.facilityHead);
    const n2 = (i + 2 < n ? gaz[i + 2] : 0) & (GAZ.orgSuffix | GAZ.facilityHead);
    out[o + t] = mix(t++, mix(n1 * 1024 + n2, cap));
    out[o + t] = mix(t++, mix(hg[p - 2], hg[p + 2]));
    out[o + t] = mix(t++, mix(hl[p - 1], hl[p + 1]));
    out[o + t] = mix(t++, mix(hw[p], hs[p + 1]));
    out[o + t] = mix(t++, positionBucket(i));
    out[o + t] = mix(t++, mix(i === n - 1 ? 1 : 0, hs[p]));
    if (t !== HYPHEN_SLOT) throw new Error(`feature slot ${t} != ${HYPHEN_SLOT}`);
    out[o + t++] = f.hyphenSlot;
    out[o + t++] = f.suffix5Slot;
    if (t !== STATIC_SLOTS) throw new Error(`feature slot count ${t} != ${STATIC_SLOTS}`);
  }
}

/** Template ids of dynamic features come after the static ones. */
export const DYNAMIC_BASE = 1000;

/** Counts of entity types already predicted for each lower-case word in this document. */
export class PredictionHistory {
  private readonly counts = new Map<string, Int32Array>();
  constructor(private readonly types: number) {}

  /** The majority type (1-based) earlier in the document, or 0. */
  majority(lower: string): number {
    const c = this.counts.get(lower);
    if (!c) return 0;
    let best = 0;
    let bestCount = 0;
    for (let k = 0; k < c.length; k++) if (c[k] > bestCount) { best = k; bestCount = c[k]; }
    return best;
  }

  record(lower: string, type: number): void {
    let c = this.counts.get(lower);
    if (!c) { c = new Int32Array(this.types + 1); this.counts.set(lower, c); }
    c[type]++;
  }
}
