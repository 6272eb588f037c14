import { sameOnceOnlyEvent } from './nominal-events.js';
import { stem, type ClaimView } from './claim-view.js';
import { causeAndResult, eventNounClass } from './actions.js';
import { eventNounVerbSenses, sharesSense, verbSensesOf, type VerbSenses } from './wordnet.js';

/** Just under the alignment threshold (align.ts): a pair with no shared action can be "unclear", never aligned. */
const MAX_WITHOUT_SHARED_ACTION = 0.29;
/** Short verbs name too many nouns ("strike", "visit", "play") to count as a nominalised action. */
const MIN_NOMINALISED_LEMMA = 7;
/** A phrase found in at most this many of a story's claims is distinctive of one description. */
const DISTINCT_PHRASE_MAX_CLAIMS = 3;
/** Content-word overlap two claims sharing a distinctive phrase need to count as one description. */
const DESCRIPTION_MIN_WORDS = 0.4;

/** How often a key (stem, entity id, phrase) occurs among a story's claims. */
export interface StoryStatistics {
  idf: (key: string) => number;
  claimsWith: (key: string) => number;
  /** How many claims use a phrase (adjacent content stems). */
  claimsWithPhrase: (phrase: string) => number;
  /**
   * A view's entities and stems with their IDF weights, read once per view: alignment weighs
   * every pair of views from two publishers, and looking each key's weight up again for every
   * pair was most of that work. Absent: the weights are looked up per pair (same figures).
   */
  weighted?: (v: ClaimView) => WeightedView;
}

/**
 * The keys of a set in the set's order, the set for membership, the IDF weight of each key and
 * their sum (added in that order). A list, not the set's iterator: an iterator allocated for
 * every pair of views was most of alignment's garbage.
 */
export interface WeightedKeys {
  list: string[];
  keys: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  weights: Float64Array;
  total: number;
}

export interface WeightedView {
  entities: WeightedKeys;
  stems: WeightedKeys;
}

function weighKeys(keys: ReadonlySet<string> | ReadonlyMap<string, unknown>, idf: (key: string) => number): WeightedKeys {
  const list = [...keys.keys()];
  const weights = new Float64Array(list.length);
  let total = 0;
  for (let k = 0; k < list.length; k++) {
    const w = idf(list[k]);
    weights[k] = w;
    total += w;
  }
  return { list, keys, weights, total };
}

/**
 * The statistics of one story's claim views: how many claims hold each stem, entity and phrase,
 * and each key's IDF weight within the story.
 */
export function storyStatistics(views: readonly ClaimView[]): StoryStatistics {
  const df = new Map<string, number>();
  // Phrases apart from stems and entities: no key built for every phrase of every claim.
  const phraseDf = new Map<string, number>();
  for (const v of views) {
    for (const s of v.stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
    for (const e of v.entities) df.set(e, (df.get(e) ?? 0) + 1);
    for (const p of v.phrases) phraseDf.set(p, (phraseDf.get(p) ?? 0) + 1);
  }
  const idfOf = new Map<string, number>();
  const idf = (s: string) => {
    let w = idfOf.get(s);
    if (w === undefined) idfOf.set(s, (w = Math.log((views.length + 1) / ((df.get(s) ?? 0) + 0.5))));
    return w;
  };
  const weightedViews = new Map<ClaimView, WeightedView>();
  return {
    idf,
    claimsWith: (s: string) => df.get(s) ?? 0,
    claimsWithPhrase: (p: string) => phraseDf.get(p) ?? 0,
    weighted: (v) => {
      let w = weightedViews.get(v);
      if (!w) weightedViews.set(v, (w = { entities: weighKeys(v.entities, idf), stems: weighKeys(v.stems, idf) }));
      return w;
    },
  };
}


/**
 * How likely two claims from different publishers report the same fact: shared resolved
 * entities and content stems (both IDF-weighted within the story, so "Syria" in a story about
 * Syria says little), the same class of action and participants, and a shared date.
 */
export function claimSimilarity(a: ClaimView, b: ClaimView, stats: StoryStatistics): number {
  return similarityOf(a, readSide(a, stats), b, readSide(b, stats), stats);
}

/** What `claimSimilarity` reads of one view besides the view: its weighted keys and event words. */
interface SimilaritySide {
  weighted: WeightedView;
  events: EventWords;
}

function readSide(v: ClaimView, stats: StoryStatistics): SimilaritySide {
  return { weighted: stats.weighted ? stats.weighted(v) : { entities: weighKeys(v.entities, stats.idf), stems: weighKeys(v.stems, stats.idf) }, events: eventWords(v) };
}

/** `claimSimilarity` with each side's keys and event words read already: the matrix reads them once per view, not once per pair. */
function similarityOf(a: ClaimView, sa: SimilaritySide, b: ClaimView, sb: SimilaritySide, stats: StoryStatistics): number {
  const entities = weightedOverlap(sa.weighted.entities, sb.weighted.entities, 0.4);
  const words = weightedOverlap(sa.weighted.stems, sb.weighted.stems, 0.25);
  // Nothing named or worded in common: whatever the action and date, not one fact.
  if (entities === 0 && words === 0) return 0;
  // Two sentences sharing a phrase no other claim of the story uses ("sole military outposts" /
  // "only formal military outposts") and much of their wording describe one state of affairs,
  // whatever verb carries it.
  const description = words >= DESCRIPTION_MIN_WORDS && sharesDistinctPhrase(a, b, stats);
  const action = description || sameAction(a, sa.events, b, sb.events) ? 1 : 0;
  const roles = (a.actor && a.actor === b.actor ? 0.5 : 0) + (a.target && a.target === b.target ? 0.5 : 0);
  const time = sharedDate(a, b) ? 1 : 0;
  let score = 0.25 * entities + 0.35 * words + 0.15 * action + 0.1 * roles + 0.15 * time;
  // One fact is one kind of action: "raised fares" and "commuters protested", or "inspected the
  // bridge" and "the bridge reopened", share entities and a day but are two facts. Without a
  // shared action a pair can be "unclear", never aligned.
  if (!action && a.predicates.length > 0 && b.predicates.length > 0) score = Math.min(score, MAX_WITHOUT_SHARED_ACTION);
  // A quoted speaker's words and an outlet's own reporting rarely state the same fact.
  return sameSource(a, b) ? score : 0.8 * score;
}

/** Where each entity and stem occurs among some views: their positions in the given list, ascending. */
export type KeyPostings = Map<string, number[]>;

export function keyPostings(views: readonly ClaimView[], members: readonly number[]): KeyPostings {
  const postings: KeyPostings = new Map();
  const add = (key: string, k: number) => {
    const list = postings.get(key);
    if (!list) postings.set(key, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  };
  members.forEach((i, k) => {
    for (const e of views[i].entities) add(e, k);
    for (const s of views[i].stems.keys()) add(s, k);
  });
  return postings;
}

/**
 * `claimSimilarity` of every view of P (rows) to every view of Q (columns), indices into `views`:
 * the score of P[a] and Q[b] at `a * Q.length + b` of one flat array (a row array per claim was
 * most of the matrix's garbage). Two claims that share no entity and no stem score 0 whatever else
 * they hold, and most pairs of a story's claims share none (three in four on the bench corpus):
 * only the pairs that share a key, found through Q's postings, are scored; the others are 0 as
 * `claimSimilarity` would give.
 */
export function similarityMatrix(views: readonly ClaimView[], P: readonly number[], Q: readonly number[], inQ: KeyPostings, stats: StoryStatistics): Float64Array {
  const seenBy = new Int32Array(Q.length).fill(-1);
  const scores = new Float64Array(P.length * Q.length);
  const sharing: number[] = [];
  const mark = (key: string, a: number) => {
    const list = inQ.get(key);
    if (!list) return;
    for (let k = 0; k < list.length; k++) {
      const b = list[k];
      if (seenBy[b] === a) continue;
      seenBy[b] = a;
      sharing.push(b);
    }
  };
  // Each column's side read when first scored, each row's once.
  const columns: (SimilaritySide | undefined)[] = new Array(Q.length);
  for (let a = 0; a < P.length; a++) {
    const i = P[a];
    sharing.length = 0;
    for (const e of views[i].entities) mark(e, a);
    for (const s of views[i].stems.keys()) mark(s, a);
    if (sharing.length === 0) continue;
    const row = a * Q.length;
    const side = readSide(views[i], stats);
    for (let k = 0; k < sharing.length; k++) {
      const b = sharing[k];
      const other = views[Q[b]];
      scores[row + b] = similarityOf(views[i], side, other, (columns[b] ??= readSide(other, stats)), stats);
    }
  }
  return scores;
}

function sharesDistinctPhrase(a: ClaimView, b: ClaimView, stats: StoryStatistics): boolean {
  for (const p of a.phrases) if (b.phrases.has(p) && stats.claimsWithPhrase(p) <= DISTINCT_PHRASE_MAX_CLAIMS) return true;
  return false;
}

/**
 * Two sentences that share a phrase no other claim of the story uses ("sole deep-water berths" /
 * "only working deep-water berths") and much of their wording describe one state of affairs.
 */
export function sameDescription(a: ClaimView, b: ClaimView, stats: StoryStatistics, words = wordOverlap(a, b, stats)): boolean {
  return words >= DESCRIPTION_MIN_WORDS && sharesDistinctPhrase(a, b, stats);
}

/** IDF-weighted overlap of two claims' content words, 0..1. */
export function wordOverlap(a: ClaimView, b: ClaimView, stats: StoryStatistics): number {
  return overlapOf(a, b, stats, 'stems', 0.25);
}

function overlapOf(a: ClaimView, b: ClaimView, stats: StoryStatistics, keys: 'entities' | 'stems', slack: number): number {
  if (!stats.weighted) return weightedOverlap(weighKeys(a[keys], stats.idf), weighKeys(b[keys], stats.idf), slack);
  return weightedOverlap(stats.weighted(a)[keys], stats.weighted(b)[keys], slack);
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * Weighted overlap of two sets: shared weight over the smaller side's weight plus a share of the
 * size difference. A small `slack` lets a short sentence match a long one; a larger one keeps a
 * sentence naming two common entities from matching every sentence that names them.
 */
function weightedOverlap(a: WeightedKeys, b: WeightedKeys, slack: number): number {
  let shared = 0;
  const { list, weights } = a;
  const other = b.keys;
  for (let k = 0; k < list.length; k++) if (other.has(list[k])) shared += weights[k];
  if (shared === 0) return 0;
  const wa = a.total;
  const wb = b.total;
  const small = Math.min(wa, wb);
  return small > 0 ? shared / (small + slack * Math.abs(wa - wb)) : 0;
}

/** A granularity of a month or finer. */
const fine = (g: string) => g === 'day' || g === 'week' || g === 'month' || g === 'part-of-month';

/** Both claims date something to the same month or finer and the dates overlap. */
export function sharedDate(a: ClaimView, b: ClaimView): boolean {
  // Indexed loops: every pair of views that shares a key asks, and an iterator per loop was garbage.
  const xs = a.referenceTimes;
  const ys = b.referenceTimes;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x.type !== 'DATE' || !x.earliest || !x.latest || !fine(x.granularity)) continue;
    for (let j = 0; j < ys.length; j++) {
      const y = ys[j];
      if (y.type !== 'DATE' || !y.earliest || !y.latest || !fine(y.granularity)) continue;
      if (x.earliest <= y.latest && y.earliest <= x.latest) return true;
    }
  }
  return false;
}

/**
 * The same class of action, or a verb of one side named as a noun by the other ("withdrew" and
 * "the withdrawal", "visited" and "his visit").
 */
/** What a claim names as events, computed once per claim: alignment compares every pair. */
export interface EventWords {
  /** Action classes of its eventive nouns ("talks" -> meet). */
  nounClasses: Set<string>;
  /** Action classes of its nouns and predicates. */
  classes: Set<string>;
  /** WordNet verb senses its eventive nouns derive from. */
  nounSenses: Set<number>;
  /** WordNet senses of each predicate, in predicate order. */
  predicateSenses: VerbSenses[];
  /** `nounClasses` as a list, in the set's order: a set's iterator allocated for every pair that reads it. */
  nounClassList: string[];
}
const eventWordsCache = new WeakMap<ClaimView, EventWords>();

export function eventWords(v: ClaimView): EventWords {
  let w = eventWordsCache.get(v);
  if (w) return w;
  // Built with loops, not chains of array copies: every view of every story is read once.
  const nouns = new Set<string>();
  for (const l of v.lemmas) if (l.pos === 'NOUN') nouns.add(l.lemma);
  const nounClasses = new Set<string>();
  const nounSenses = new Set<number>();
  for (const n of nouns) {
    const c = eventNounClass(n);
    if (c !== null) nounClasses.add(c);
  }
  for (const n of nouns) for (const s of eventNounVerbSenses(n)) nounSenses.add(s);
  const classes = new Set(nounClasses);
  for (const p of v.predicates) classes.add(p.cls);
  w = { nounClasses, classes, nounSenses, predicateSenses: v.predicates.map((p) => verbSensesOf(p.lemma)), nounClassList: [...nounClasses] };
  eventWordsCache.set(v, w);
  return w;
}

/**
 * The same class of action (the hand-made classes, or a shared WordNet sense), or a verb of one
 * side named as a noun by the other ("withdrew" and "the withdrawal", "ousted" and "the ouster").
 */
function sameAction(a: ClaimView, wa: EventWords, b: ClaimView, wb: EventWords): boolean {
  // Plain loops: every pair of views that shares a key asks, and closures per pair were garbage.
  const ps = a.predicates;
  const qs = b.predicates;
  for (let i = 0; i < ps.length; i++) {
    for (let j = 0; j < qs.length; j++) {
      if (qs[j].cls === ps[i].cls || sharesSense(wa.predicateSenses[i], wb.predicateSenses[j]) || causeAndResult(ps[i].cls, qs[j].cls)) return true;
    }
  }
  for (let i = 0; i < ps.length; i++) if (namesVerb(b, wb, ps[i].lemma, wa.predicateSenses[i])) return true;
  for (let j = 0; j < qs.length; j++) if (namesVerb(a, wa, qs[j].lemma, wb.predicateSenses[j])) return true;
  // One kind of event named on both sides, on the same date: "his first visit ... in October"
  // and "his first visit to Russia in October 2025"; "is holding talks" (today) and "his second
  // visit to the Kremlin" (the day the paragraph gave). At least one side names it as a noun:
  // two verbs were compared above.
  if (!sharedDate(a, b)) return sameOnceOnlyEvent(a, b);
  for (let i = 0; i < wa.nounClassList.length; i++) if (wb.classes.has(wa.nounClassList[i])) return true;
  for (let j = 0; j < wb.nounClassList.length; j++) if (wa.classes.has(wb.nounClassList[j])) return true;
  return false;
}

/** The view names the verb's action as a noun: its stem ("withdrawal" / "withdrew") or a noun derived from one of its senses. */
function namesVerb(v: ClaimView, w: EventWords, lemma: string, senses: VerbSenses): boolean {
  if (lemma.length >= MIN_NOMINALISED_LEMMA && v.stems.has(stem(lemma))) return true;
  if (w.nounSenses.size === 0) return false;
  const list = senses.senses;
  for (let k = 0; k < list.length; k++) if (w.nounSenses.has(list[k])) return true;
  return false;
}

function sameSource(a: ClaimView, b: ClaimView): boolean {
  const sa = a.claim.source;
  const sb = b.claim.source;
  return sa.kind === 'outlet' ? sb.kind === 'outlet' : sb.kind === 'speaker' && (a.speaker === null || a.speaker === b.speaker);
}
