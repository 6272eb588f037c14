import type { Corpus, Story } from '../model/corpus.js';
import { estimatedJaccard, LshIndex } from './minhash.js';
import { storyFeatures, type StoryFeatures } from './features.js';

/** A document joins a story when its best link to one of the story's documents scores this much. */
export const JOIN_THRESHOLD = 0.3;
/** Entities carried by more than this share of documents are too common to propose candidates. */
const COMMON_ENTITY_SHARE = 0.2;
/** Reports of one event are published within days of each other; beyond this a link is discounted. */
const TIME_WINDOW_DAYS = 10;

/**
 * Groups documents into stories incrementally: each document, in publication order, is compared
 * only with documents that share a rare entity or a MinHash band with it, and joins the story
 * of the best-scoring one when the score passes the threshold; otherwise it starts a story.
 * Precision first: a wrong join invents corroboration, a missed one only splits a story.
 */
export function groupStories(corpus: Corpus): Story[] {
  const features = corpus.documents.map((d) => storyFeatures(corpus, d));
  const n = features.length;
  const entityDf = new Map<string, number>();
  const lemmaDf = new Map<number, number>();
  for (const f of features) {
    for (const e of f.entities.keys()) entityDf.set(e, (entityDf.get(e) ?? 0) + 1);
    for (const l of f.lemmas.keys()) lemmaDf.set(l, (lemmaDf.get(l) ?? 0) + 1);
  }
  // Smoothed so that in a corpus of two documents a shared entity still weighs something.
  const idf = (df: number) => Math.log(1 + n / df);
  const entityVectors = features.map((f) => weighted(f.entities, (k) => idf(entityDf.get(k)!)));
  const lemmaVectors = features.map((f) => weighted(f.lemmas, (k) => idf(lemmaDf.get(k)!)));

  const order = features.map((_, i) => i).sort((a, b) => (features[a].day ?? Infinity) - (features[b].day ?? Infinity) || a - b);
  const storyOf = new Int32Array(n).fill(-1);
  const stories: number[][] = [];
  const byEntity = new Map<string, number[]>();
  const lsh = new LshIndex<number>();
  const maxDf = Math.max(2, Math.ceil(COMMON_ENTITY_SHARE * n));

  for (const i of order) {
    const candidates = lsh.candidates(features[i].signature);
    for (const e of features[i].entities.keys()) {
      if (entityDf.get(e)! > maxDf) continue;
      for (const j of byEntity.get(e) ?? []) candidates.add(j);
    }
    let best = -1;
    let bestScore = JOIN_THRESHOLD;
    for (const j of candidates) {
      const s = linkScore(features[i], features[j], entityVectors[i], entityVectors[j], lemmaVectors[i], lemmaVectors[j]);
      if (s > bestScore) { bestScore = s; best = j; }
    }
    if (best >= 0) {
      storyOf[i] = storyOf[best];
      stories[storyOf[i]].push(i);
    } else {
      storyOf[i] = stories.length;
      stories.push([i]);
    }
    lsh.add(i, features[i].signature);
    for (const e of features[i].entities.keys()) (byEntity.get(e) ?? byEntity.set(e, []).get(e)!).push(i);
  }
  return stories.map((members, k) => ({
    id: `s${k + 1}`,
    title: storyTitle(members.map((i) => features[i])),
    documents: members.map((i) => features[i].doc.id),
  }));
}

/** Entity overlap and content-word similarity, discounted when the publication dates are far apart. */
export function linkScore(a: StoryFeatures, b: StoryFeatures, ea: Map<unknown, number>, eb: Map<unknown, number>, la: Map<unknown, number>, lb: Map<unknown, number>): number {
  const entities = cosine(ea, eb);
  const words = cosine(la, lb);
  const text = estimatedJaccard(a.signature, b.signature);
  let score = 0.45 * entities + 0.45 * words + 0.1 * text;
  if (a.day !== null && b.day !== null) {
    const gap = Math.abs(a.day - b.day);
    if (gap > TIME_WINDOW_DAYS) score *= Math.max(0.3, TIME_WINDOW_DAYS / gap);
  }
  return score;
}

function weighted<K>(counts: Map<K, number>, weight: (k: K) => number): Map<K, number> {
  const out = new Map<K, number>();
  for (const [k, c] of counts) out.set(k, (1 + Math.log(c)) * weight(k));
  return out;
}

export function cosine<K>(a: Map<K, number>, b: Map<K, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) { const w = large.get(k); if (w !== undefined) dot += v * w; }
  if (dot === 0) return 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v * v;
  for (const v of b.values()) nb += v * v;
  return dot / Math.sqrt(na * nb);
}

/** The title of the story's earliest original (not syndicated) document that has one. */
function storyTitle(members: StoryFeatures[]): string {
  const titled = members.filter((f) => f.doc.meta.title);
  const originals = titled.filter((f) => !f.doc.meta.syndicatedFrom);
  const pick = (originals[0] ?? titled[0])?.doc;
  return pick?.meta.title ?? members[0].doc.source;
}
