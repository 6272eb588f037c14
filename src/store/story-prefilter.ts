import { DEFAULT_GROUPING } from '../stories/group.js';
import type { StoryIndexTerms } from './story-keys.js';

/** A stored candidate story as the prefilter sees it: its documents' stored index. */
export interface PrefilterStory {
  id: string;
  documents: string[];
}

export interface PrefilterInput {
  /** The update's new documents' index (keys and grouper terms). */
  fresh: Map<string, StoryIndexTerms>;
  /** Stored index of the candidate stories' documents; a document missing here cannot be scored. */
  stored: Map<string, StoryIndexTerms>;
  stories: PrefilterStory[];
  /** Stories that must be loaded whatever their score (they hold a touched document). */
  required: Set<string>;
  /** Corpus-wide document counts of grouper terms (`e:` names, `l:` lemmas), and how many documents were counted. */
  df: (term: string) => number;
  documents: number;
  /** Each new document's this many best-scoring stories are loaded. */
  top: number;
}

export interface PrefilterResult {
  load: PrefilterStory[];
  skipped: PrefilterStory[];
  /** Each candidate story's best score against a new document (Infinity: loaded without scoring). */
  scores: Map<string, number>;
  /** Each candidate story's best rank (0: first) among the stories scored against one new document. */
  ranks: Map<string, number>;
}

type Vector = Map<string, number>;

/**
 * Which candidate stories an update loads. The candidate query finds every stored story sharing
 * a blocking key with a new article, and the update used to load them all; the grouper then
 * left ~95% of them exactly as stored (measured: ~66 kept and ~3.4 changed per update at 1,000–2,000
 * articles), having resolved, grouped and retyped every one of their documents. Each story is
 * scored here against the new articles with what the store already holds, the grouper's terms
 * of each document (names and content lemmas, weighted by their corpus-wide document counts as
 * the grouper weighs them) and the same entity and word weights as the grouper's link: the best
 * of the story's closest member and its centroid. A story no new article comes near is left as
 * stored without loading it. A story holding a touched document, or sharing a MinHash band with
 * a new article (near-duplicate text, which the grouper's text part links), is always loaded, as
 * is a story with a document whose terms the store lacks.
 */
export function prefilterStories(input: PrefilterInput): PrefilterResult {
  const idf = (t: string) => Math.log(1 + input.documents / Math.max(1, input.df(t)));
  const vectors = new Map<string, { e: Vector; l: Vector }>();
  const vectorOf = (doc: string, index: StoryIndexTerms) => {
    let v = vectors.get(doc);
    if (!v) vectors.set(doc, (v = termVectors(index.terms, idf)));
    return v;
  };
  const freshVectors = [...input.fresh].map(([doc, index]) => vectorOf(doc, index));
  const freshIndex = new FreshIndex(freshVectors);
  const freshBands = new Set<string>();
  for (const index of input.fresh.values()) for (const k of index.keys) if (k.startsWith('b:')) freshBands.add(k);
  const scores = new Map<string, number>();
  const scored: { story: PrefilterStory; perDocument: number[] }[] = [];
  for (const story of input.stories) {
    const members = story.documents.map((d) => input.stored.get(d) ?? input.fresh.get(d));
    if (input.required.has(story.id) || members.some((m) => !m) || members.some((m) => m!.keys.some((k) => freshBands.has(k)))) {
      scores.set(story.id, Infinity);
      continue;
    }
    const memberVectors = story.documents.map((d, i) => vectorOf(d, members[i]!));
    const centroid = { e: sum(memberVectors.map((m) => m.e)), l: sum(memberVectors.map((m) => m.l)) };
    // The centroid's dot products are the sums of its members'.
    const centroidDots = { e: new Float64Array(freshVectors.length), l: new Float64Array(freshVectors.length) };
    const perDocument = freshVectors.map(() => 0);
    for (const m of memberVectors) {
      const dots = freshIndex.dots(m);
      const norms = { e: norm2(m.e), l: norm2(m.l) };
      for (let k = 0; k < freshVectors.length; k++) {
        centroidDots.e[k] += dots.e[k];
        centroidDots.l[k] += dots.l[k];
        perDocument[k] = Math.max(perDocument[k], freshIndex.link(k, dots.e[k], norms.e, dots.l[k], norms.l));
      }
    }
    const centroidNorms = { e: norm2(centroid.e), l: norm2(centroid.l) };
    for (let k = 0; k < freshVectors.length; k++) {
      perDocument[k] = Math.max(perDocument[k], freshIndex.link(k, centroidDots.e[k], centroidNorms.e, centroidDots.l[k], centroidNorms.l));
    }
    scores.set(story.id, Math.max(0, ...perDocument));
    scored.push({ story, perDocument });
  }
  const ranks = new Map<string, number>();
  freshVectors.forEach((_, k) => {
    [...scored].sort((a, b) => b.perDocument[k] - a.perDocument[k]).forEach(({ story }, rank) => {
      ranks.set(story.id, Math.min(ranks.get(story.id) ?? Infinity, rank));
    });
  });
  const load: PrefilterStory[] = [];
  const skipped: PrefilterStory[] = [];
  for (const story of input.stories) {
    const keep = scores.get(story.id) === Infinity || (ranks.get(story.id) ?? Infinity) < input.top;
    (keep ? load : skipped).push(story);
  }
  return { load, skipped, scores, ranks };
}

/**
 * The new articles' vectors indexed by term: one pass over a stored document's terms gives its
 * dot products with every new article (one cosine per document and article was most of the
 * prefilter's time, ~32 articles an update).
 */
class FreshIndex {
  private readonly postings = new Map<string, { k: number; w: number }[]>();
  private readonly norms: { e: number; l: number }[];

  constructor(private readonly vectors: { e: Vector; l: Vector }[]) {
    vectors.forEach((v, k) => {
      for (const [t, w] of [...v.e, ...v.l]) (this.postings.get(t) ?? this.postings.set(t, []).get(t)!).push({ k, w });
    });
    this.norms = vectors.map((v) => ({ e: norm2(v.e), l: norm2(v.l) }));
  }

  dots(v: { e: Vector; l: Vector }): { e: Float64Array; l: Float64Array } {
    const out = { e: new Float64Array(this.vectors.length), l: new Float64Array(this.vectors.length) };
    for (const [part, into] of [[v.e, out.e], [v.l, out.l]] as const) {
      for (const [t, x] of part) for (const p of this.postings.get(t) ?? []) into[p.k] += x * p.w;
    }
    return out;
  }

  /** The grouper's entity and word weights over the two cosines of new article `k` with a vector of these dot products and squared norms. */
  link(k: number, dotE: number, normE: number, dotL: number, normL: number): number {
    const cos = (dot: number, a: number, b: number) => (dot === 0 || a === 0 || b === 0 ? 0 : dot / Math.sqrt(a * b));
    return DEFAULT_GROUPING.entityWeight * cos(dotE, this.norms[k].e, normE) + DEFAULT_GROUPING.wordWeight * cos(dotL, this.norms[k].l, normL);
  }
}

function norm2(v: Vector): number {
  let n = 0;
  for (const x of v.values()) n += x * x;
  return n;
}

function termVectors(terms: string[], idf: (t: string) => number): { e: Vector; l: Vector } {
  const e: Vector = new Map();
  const l: Vector = new Map();
  for (const t of terms) {
    if (t.startsWith('e:')) e.set(t, idf(t));
    else if (t.startsWith('l:')) l.set(t, idf(t));
  }
  return { e, l };
}

function sum(vectors: Vector[]): Vector {
  const out: Vector = new Map();
  for (const v of vectors) for (const [k, x] of v) out.set(k, (out.get(k) ?? 0) + x);
  return out;
}
