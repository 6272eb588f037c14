import { mix } from './hashing.js';
import {
  DYNAMIC_BASE, PredictionHistory, STATIC_SLOTS, WORD_IN_PLACE_SLOTS, documentContext, placeOf, sentenceFeatures, sentenceWords,
  type SentenceMode,
  type FeatureResources,
} from './features.js';
import type { LinearModel } from './linear-model.js';
import type { SparseWeights } from './sparse-weights.js';

/** Features that depend on what the model already predicted in this document. */
export const DYNAMIC_SLOTS = 2;
export const SLOTS = STATIC_SLOTS + DYNAMIC_SLOTS;

/** A sentence ready to decode: words, their lower forms, and bucket indices (SLOTS per token). */
export interface PreparedSentence {
  words: readonly string[];
  lowers: string[];
  caps: Uint8Array;
  mode: number;
  feats: Uint32Array;
}

/** Static features of every sentence of a document, masked to buckets. */
export function prepareDocument(sentences: readonly (readonly string[])[], res: FeatureResources, mask: number): PreparedSentence[] {
  const read = sentences.map(sentenceWords);
  const ctx = documentContext(sentences, read.map((s) => s.mode));
  const scratch = new Uint32Array(256 * STATIC_SLOTS);
  return read.map((sentence) => {
    const n = sentence.words.length;
    const buf = n * STATIC_SLOTS <= scratch.length ? scratch : new Uint32Array(n * STATIC_SLOTS);
    sentenceFeatures(sentence, ctx, res, buf, 0);
    const feats = new Uint32Array(n * SLOTS);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < STATIC_SLOTS; k++) feats[i * SLOTS + k] = buf[i * STATIC_SLOTS + k] & mask;
    }
    const caps = new Uint8Array(n);
    for (let i = 0; i < n; i++) caps[i] = sentence.own[i].cap;
    return { words: sentence.words, lowers: sentence.lowers as string[], caps, mode: sentence.mode, feats };
  });
}

/** Fills the dynamic slots from the labels given to the same words earlier in the document. */
export function fillDynamic(s: PreparedSentence, history: PredictionHistory, mask: number): void {
  const n = s.words.length;
  for (let i = 0; i < n; i++) {
    const prior = s.caps[i] ? history.majority(s.lowers[i]) : 0;
    const o = i * SLOTS + STATIC_SLOTS;
    s.feats[o] = mix(DYNAMIC_BASE, prior * 4 + s.caps[i] * 2 + (i === 0 ? 1 : 0)) & mask;
    s.feats[o + 1] = mix(DYNAMIC_BASE + 1, prior * 3 + s.mode) & mask;
  }
}

/** Records a decoded sentence: capitalised words with their type (0 for outside). */
export function recordHistory(s: PreparedSentence, labels: ArrayLike<number>, model: LinearModel, history: PredictionHistory): void {
  for (let i = 0; i < s.words.length; i++) {
    if (s.caps[i]) history.record(s.lowers[i], model.labels.typeOf[labels[i]]);
  }
}

/** The slots summed per token: they read the word's neighbours, the document or earlier predictions. */
const CONTEXT_SLOTS = Uint8Array.from({ length: SLOTS }, (_, k) => k).filter((k) => !WORD_IN_PLACE_SLOTS.includes(k));

/** Past this many (word, place) rows a model's rows start afresh. */
const MAX_WORD_ROWS = 100_000;

/** Per frozen model: word -> place -> the summed weights of the word's WORD_IN_PLACE_SLOTS there. */
interface WordRows { rows: Map<string, Map<number, Float64Array>>; count: number }
const wordRowsOf = new WeakMap<SparseWeights, WordRows>();

/**
 * Emissions of a sentence. A frozen quantised model sums the 20 slots that depend only on the
 * word and its place once per (word, place) (most words stand mid-sentence in long sentences of
 * prose, so a row serves many tokens) and adds that row to the sum of the other 29 slots, each
 * lookup a likely cache miss; integer sums, so exactly the emissions of summing every slot per token.
 */
function sentenceEmissions(model: LinearModel, s: PreparedSentence, em: Float64Array): void {
  const sparse = model.exactSparse;
  const n = s.words.length;
  if (!sparse) {
    model.emissions(s.feats, SLOTS, n, em);
    return;
  }
  const L = model.labels.size;
  let cache = wordRowsOf.get(sparse);
  if (!cache) wordRowsOf.set(sparse, (cache = { rows: new Map(), count: 0 }));
  const buckets = new Uint32Array(WORD_IN_PLACE_SLOTS.length);
  for (let i = 0; i < n; i++) {
    let places = cache.rows.get(s.words[i]);
    if (!places) {
      if (cache.count >= MAX_WORD_ROWS) {
        cache.rows.clear();
        cache.count = 0;
      }
      cache.rows.set(s.words[i], (places = new Map()));
    }
    const place = placeOf(i, n, s.mode as SentenceMode);
    let row = places.get(place);
    if (!row) {
      for (let k = 0; k < WORD_IN_PLACE_SLOTS.length; k++) buckets[k] = s.feats[i * SLOTS + WORD_IN_PLACE_SLOTS[k]];
      row = new Float64Array(L);
      sparse.addRows(buckets, row);
      places.set(place, row);
      cache.count++;
    }
    em.set(row, i * L);
  }
  sparse.addSlots(s.feats, SLOTS, n, CONTEXT_SLOTS, em);
}

/** Decodes a whole document in order, so later sentences see earlier predictions. */
export function decodeDocument(model: LinearModel, prepared: PreparedSentence[]): Int32Array[] {
  const L = model.labels.size;
  const history = new PredictionHistory(model.labels.types.length);
  let em = new Float64Array(64 * L);
  return prepared.map((s) => {
    const n = s.words.length;
    if (n * L > em.length) em = new Float64Array(n * L);
    fillDynamic(s, history, model.mask);
    sentenceEmissions(model, s, em);
    const path = new Int32Array(n);
    if (n > 0) model.viterbi(em, n, path);
    recordHistory(s, path, model, history);
    return path;
  });
}
