import type { Corpus, CorpusTermStats, Story } from '../model/corpus.js';
import { estimatedJaccard, LshIndex } from './minhash.js';
import { nameEnd, storyFeatures, type StoryFeatures } from './features.js';
import { unifyEntityKeys } from './entity-keys.js';

export interface GroupingOptions {
  /** First pass: a document joins the best candidate topic (a group of similar events) at this score. */
  topicThreshold: number;
  /** Second pass, inside a topic: two groups of documents merge while the mean link between their members is at least this. */
  storyThreshold: number;
  /** Topics up to this size are clustered by average linkage (quadratic in the topic); larger ones incrementally. */
  maxLinkageTopic: number;
  /** Stories of up to this many documents left alone by average linkage may join their closest story by the margin rule. */
  stragglerSize: number;
  /** The lower bar a straggler's mean link to its closest story must pass. */
  stragglerFloor: number;
  /** How many times the runner-up's mean link the closest story's must be. */
  stragglerMargin: number;
  /** Inside a topic too large for average linkage: a document joins the best story when its link scores at least this much. */
  joinThreshold: number;
  entityWeight: number;
  wordWeight: number;
  textWeight: number;
  /** How much of the link is the document's similarity to the story as a whole (its centroid) rather than to its closest member. */
  storyShare: number;
  /** Multiplier when the document's main actors are absent from the story and the story's from the document. */
  actorClash: number;
  /** Two groups of a topic about two different people stay apart when fewer than this share of one group's reports name the other's person. */
  protagonistNamedShare: number;
  /** Entities carried by more than this share of documents are too common to propose candidates. */
  commonEntityShare: number;
  /** Reports of one event are published within days of each other; beyond this a link is discounted. */
  timeWindowDays: number;
}

export const DEFAULT_GROUPING: GroupingOptions = {
  topicThreshold: 0.06,
  storyThreshold: 0.12,
  stragglerSize: 4,
  stragglerFloor: 0.06,
  stragglerMargin: 2,
  maxLinkageTopic: 200,
  joinThreshold: 0.15,
  entityWeight: 0.3,
  wordWeight: 0.6,
  textWeight: 0.1,
  storyShare: 0.5,
  actorClash: 0.5,
  protagonistNamedShare: 0.5,
  commonEntityShare: 0.2,
  timeWindowDays: 10,
};

/** Work done, for checking that grouping stays sub-quadratic. */
export interface GroupingStats {
  documents: number;
  /** Document-to-story links scored. */
  scoredPairs: number;
}

type Vector<K> = Map<K, number>;

const MIN_CANDIDATE_DF = 20;
/** An entity carried by more documents than this proposes no candidates, whatever the pile's size. */
const MAX_CANDIDATE_DF = 250;
/** Earlier documents a document is compared with, at most (beyond its MinHash near-duplicates). */
const CANDIDATE_BUDGET = 600;

/** A story while it grows: its members and the sums of their unit vectors. */
interface GrowingStory {
  members: number[];
  entities: Vector<string>;
  /** Squared norms of the sums, kept as members join. */
  entityNorm2: number;
  lemmas: Vector<string>;
  lemmaNorm2: number;
  /** How many members name each entity as a main actor. */
  actors: Map<string, number>;
  days: number[];
}

/**
 * Groups documents into stories in two passes. The first is incremental: each document, in
 * publication order, is compared only with the topics of earlier documents that share a rare
 * entity or a MinHash band with it, and joins the best-scoring one when the score passes a low
 * threshold; otherwise it starts one. Topics gather similar events (two earthquakes on one
 * island). The second runs inside each topic with term weights re-estimated there, so the words
 * every report of the topic shares weigh little and the specific names, numbers and dates that
 * tell one event from the other decide; it clusters the topic by average linkage, so a story
 * whose documents turn out to belong to two events is split when the topic is clustered again.
 * Precision first: a wrong join invents corroboration, a missed one only splits a story.
 */
export function groupStories(corpus: Corpus, options: Partial<GroupingOptions> = {}, stats?: GroupingStats, background: CorpusTermStats | undefined = corpus.termStats): Story[] {
  const o = { ...DEFAULT_GROUPING, ...options };
  const features = corpus.documents.map((d) => storyFeatures(corpus, d));
  unifyEntityKeys(features);
  const n = features.length;
  const all = features.map((_, i) => i);
  const order = all.sort((a, b) => (features[a].day ?? Infinity) - (features[b].day ?? Infinity) || a - b);
  if (stats) { stats.documents = n; stats.scoredPairs = 0; }
  const candidateLists = blockCandidates(features, order, o);
  const global = termVectors(features, all, null, background);
  const topics = incrementalPass(features, order, global, (i) => candidateLists[i], o.topicThreshold, o, stats);
  const stories: number[][] = [];
  for (const topic of topics) {
    if (topic.length < 3) { stories.push(topic); continue; }
    const inTopic = new Set(topic);
    const local = termVectors(features, topic, global);
    if (topic.length <= o.maxLinkageTopic) { stories.push(...averageLinkage(features, topic, local, o, stats)); continue; }
    stories.push(...incrementalPass(features, topic, local, (i) => candidateLists[i].filter((j) => inTopic.has(j)), o.joinThreshold, o, stats));
  }
  const position = new Int32Array(n);
  order.forEach((i, p) => { position[i] = p; });
  stories.sort((a, b) => position[a[0]] - position[b[0]]);
  return stories.map((members, k) => ({
    id: `s${k + 1}`,
    title: storyTitle(members.map((i) => features[i])),
    documents: members.map((i) => features[i].doc.id),
  }));
}

/**
 * For each document, the earlier documents (in `order`) worth comparing with: those sharing an
 * entity carried by few documents, one of its few key words, or a MinHash band. Common entities
 * and words propose nothing, which keeps the number of pairs far below n².
 */
function blockCandidates(features: StoryFeatures[], order: number[], o: GroupingOptions): number[][] {
  const n = features.length;
  const entityDf = new Map<string, number>();
  const lemmaDf = new Map<string, number>();
  for (const f of features) {
    for (const e of f.entities.keys()) entityDf.set(e, (entityDf.get(e) ?? 0) + 1);
    for (const l of f.lemmas.keys()) lemmaDf.set(l, (lemmaDf.get(l) ?? 0) + 1);
  }
  // In a small pile every entity of a story is "common"; a floor keeps them proposing candidates.
  // In a large one a ceiling keeps an entity from proposing a share of the whole pile to each
  // document: candidates stay a constant per document, and grouping near-linear.
  const maxDf = Math.min(MAX_CANDIDATE_DF, Math.max(MIN_CANDIDATE_DF, Math.ceil(o.commonEntityShare * n)));
  // Words are many and common ones many times so: a fixed cap keeps their candidates a constant per document.
  const keysOf = (f: StoryFeatures) => [
    ...[...f.entities.keys()].filter((e) => entityDf.get(e)! <= maxDf),
    ...keyWords(f, lemmaDf, n, MIN_CANDIDATE_DF).map((l) => `word:${l}`),
  ];
  const byKey = new Map<string, number[]>();
  const lsh = new LshIndex<number>();
  const out: number[][] = new Array(n);
  for (const i of order) {
    const f = features[i];
    const found = lsh.candidates(f.signature);
    const keys = keysOf(f);
    // Rarest keys first, up to a budget: a document's few specific names find its story before
    // its commoner ones add the long tail.
    const byRarity = keys.map((k) => byKey.get(k) ?? []).sort((a, b) => a.length - b.length);
    for (const list of byRarity) {
      if (found.size >= CANDIDATE_BUDGET) break;
      for (const j of list) found.add(j);
    }
    out[i] = [...found];
    lsh.add(i, f.signature);
    for (const k of keys) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(i);
  }
  return out;
}

/** Key words a document proposes candidates by: this many of its weightiest content words. */
const KEY_WORDS = 4;

/**
 * The words that say what a report is about when it names nobody (a short item on "the rule" or
 * "the endangered species" that tags no entity): its content words weighted by how often it uses
 * them (the title and lead count more) and how few documents carry them; words of one document
 * only link nothing, words of many propose too much.
 */
function keyWords(f: StoryFeatures, df: Map<string, number>, n: number, maxDf: number): string[] {
  const scored: [string, number][] = [];
  for (const [l, c] of f.lemmas) {
    const d = df.get(l)!;
    if (d < 2 || d > maxDf || l.length < 3) continue;
    scored.push([l, c * Math.log(n / d)]);
  }
  return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEY_WORDS).map(([l]) => l);
}

interface TermVectors {
  entities: Map<number, Vector<string>>;
  lemmas: Map<number, Vector<string>>;
  entityIdf: Map<string, number>;
  lemmaIdf: Map<string, number>;
}

/** Unit tf-idf vectors of the given documents, idf estimated over them (times the outer idf, when given). */
function termVectors(features: StoryFeatures[], members: number[], outer: TermVectors | null, background?: CorpusTermStats): TermVectors {
  let m = members.length;
  const entityDf = new Map<string, number>();
  const lemmaDf = new Map<string, number>();
  for (const i of members) {
    for (const e of features[i].entities.keys()) entityDf.set(e, (entityDf.get(e) ?? 0) + 1);
    for (const l of features[i].lemmas.keys()) lemmaDf.set(l, (lemmaDf.get(l) ?? 0) + 1);
  }
  if (background && background.documents > m) {
    // The whole corpus's counts where it has them (the window's when larger: documents it has not counted yet).
    m = background.documents;
    // A resolved entity's key (`entity:id`) is counted nowhere: as common as the commonest name linked to it.
    const linked = new Map<string, number>();
    for (const i of members) {
      for (const [name, id] of features[i].resolvedAs) {
        const key = `entity:${id}`;
        linked.set(key, Math.max(linked.get(key) ?? 0, background.entities.get(name) ?? 0));
      }
    }
    for (const [k, d] of entityDf) entityDf.set(k, Math.max(d, background.entities.get(k) ?? linked.get(k) ?? d));
    for (const [k, d] of lemmaDf) lemmaDf.set(k, Math.max(d, background.lemmas.get(k) ?? d));
  }
  // Smoothed so that among two documents a shared term still weighs something.
  const idf = <K>(df: Map<K, number>, outerIdf: Map<K, number> | undefined) => {
    const out = new Map<K, number>();
    // Inside a topic, a term only one document carries links nothing: left out, it does not dilute the others.
    for (const [k, d] of df) out.set(k, outerIdf && d < 2 ? 0 : Math.log(1 + m / d) * (outerIdf?.get(k) ?? 1));
    return out;
  };
  const entityIdf = idf(entityDf, outer?.entityIdf);
  const lemmaIdf = idf(lemmaDf, outer?.lemmaIdf);
  return {
    entities: new Map(members.map((i) => [i, unit(weighted(features[i].entities, (k) => entityIdf.get(k)!))])),
    lemmas: new Map(members.map((i) => [i, unit(weighted(features[i].lemmas, (k) => lemmaIdf.get(k)!))])),
    entityIdf,
    lemmaIdf,
  };
}

/**
 * Inside one topic, documents are clustered by average linkage: two groups merge while the mean
 * link between their members is the highest left and passes the threshold. Every member votes,
 * so one loose link (a greedy pass's failure) cannot pull a report of the other event in.
 */
function averageLinkage(features: StoryFeatures[], topic: number[], v: TermVectors, o: GroupingOptions, stats?: GroupingStats): number[][] {
  const t = topic.length;
  // Sum of the links between two groups' members; merging adds rows (Lance-Williams for the mean).
  const sum: Float64Array[] = topic.map(() => new Float64Array(t));
  for (let a = 0; a < t; a++) {
    for (let b = a + 1; b < t; b++) {
      if (stats) stats.scoredPairs++;
      sum[a][b] = sum[b][a] = linkScore(o, features, v, topic[a], topic[b]);
    }
  }
  const members: number[][] = topic.map((_, a) => [a]);
  const alive = new Set(members.keys());
  const docs = (x: number) => members[x].map((a) => features[topic[a]]);
  // Pairs of groups found to be about two different people; a group that grows is looked at again.
  const apart = new Set<string>();
  for (;;) {
    let best = o.storyThreshold;
    let bx = -1;
    let by = -1;
    for (const x of alive) {
      for (const y of alive) {
        if (y <= x || apart.has(`${x} ${y}`)) continue;
        const mean = sum[x][y] / (members[x].length * members[y].length);
        if (mean >= best) { best = mean; bx = x; by = y; }
      }
    }
    if (bx < 0) break;
    if (protagonistsClash(docs(bx), docs(by), o)) { apart.add(`${bx} ${by}`); continue; }
    for (const key of [...apart]) if (key.split(' ').includes(String(bx))) apart.delete(key);
    alive.delete(by);
    members[bx].push(...members[by]);
    for (const z of alive) { sum[bx][z] += sum[by][z]; sum[z][bx] = sum[bx][z]; }
  }
  attachStragglers(members, alive, sum, o, (x, y) => protagonistsClash(docs(x), docs(y), o));
  return [...alive].map((x) => members[x].sort((p, q) => p - q).map((a) => topic[a]));
}

/**
 * Reports of two events of one kind (two players of one team arrested for drunk driving, a rule
 * issued and a rule revoked) share their topic words but are each about their own person: the
 * person most of one group's reports put in their lead and name most is not the other group's,
 * and most reports of one group never name the other's (the later event's reports may recall the
 * earlier one's protagonist; the earlier cannot name the later's). Surnames stand for the whole
 * name. Reports of one event may put different people first (the player, the police spokesman),
 * but mostly name each other's.
 */
function protagonistsClash(a: StoryFeatures[], b: StoryFeatures[], o: GroupingOptions): boolean {
  const pa = protagonist(a);
  const pb = protagonist(b);
  if (pa === null || pb === null || pa === pb) return false;
  const named = (p: string, group: StoryFeatures[]) => group.filter((f) => f.nameEnds.has(p)).length / group.length;
  return named(pa, b) < o.protagonistNamedShare || named(pb, a) < o.protagonistNamedShare;
}

/** The person most of a group's reports (of those that have one) name most, as a surname; null when none has a majority. */
function protagonist(group: StoryFeatures[]): string | null {
  const votes = new Map<string, number>();
  let voters = 0;
  for (const f of group) {
    const p = f.persons[0];
    if (p === undefined) continue;
    voters++;
    const e = nameEnd(p);
    votes.set(e, (votes.get(e) ?? 0) + 1);
  }
  for (const [e, v] of votes) if (v >= 2 && 2 * v > voters) return e;
  return null;
}

/**
 * A report too short to share much with any one story (a few lines on the event) stays alone under
 * the absolute bar. It joins the story it is clearly closest to: its mean link passes a lower bar
 * and beats the runner-up's by a margin, so a short report that could belong to two stories of the
 * topic stays apart.
 */
function attachStragglers(members: number[][], alive: Set<number>, sum: Float64Array[], o: GroupingOptions, clash: (x: number, y: number) => boolean): void {
  const small = [...alive].filter((x) => members[x].length <= o.stragglerSize);
  for (const x of small) {
    let best = -1;
    let bestMean = 0;
    let second = 0;
    for (const y of alive) {
      if (y === x || members[y].length <= o.stragglerSize) continue;
      const mean = sum[x][y] / (members[x].length * members[y].length);
      if (mean > bestMean) { second = bestMean; bestMean = mean; best = y; } else if (mean > second) second = mean;
    }
    if (best < 0 || bestMean < o.stragglerFloor || bestMean < o.stragglerMargin * second || clash(x, best)) continue;
    alive.delete(x);
    members[best].push(...members[x]);
    for (const z of alive) { sum[best][z] += sum[x][z]; sum[z][best] = sum[best][z]; }
  }
}

/** The link between two documents of one topic: their pair score, discounted when their publication dates lie far apart. */
function linkScore(o: GroupingOptions, features: StoryFeatures[], v: TermVectors, i: number, j: number): number {
  const s = pairScore(o, v.entities.get(i)!, v.entities.get(j)!, v.lemmas.get(i)!, v.lemmas.get(j)!, estimatedJaccard(features[i].signature, features[j].signature));
  const dj = features[j].day;
  return s * timeDiscount(o, features[i].day, dj === null ? [] : [dj]);
}

/** One incremental pass: each document joins the best candidate group above the threshold or starts one. */
function incrementalPass(features: StoryFeatures[], order: number[], v: TermVectors, candidatesOf: (i: number) => number[], threshold: number, o: GroupingOptions, stats?: GroupingStats): number[][] {
  const groupOf = new Map<number, number>();
  const groups: GrowingStory[] = [];
  for (const i of order) {
    const f = features[i];
    const ei = v.entities.get(i)!;
    const li = v.lemmas.get(i)!;
    // The closest member of each candidate group: the document-level part of the link.
    const closest = new Map<number, number>();
    for (const j of candidatesOf(i)) {
      const k = groupOf.get(j);
      if (k === undefined) continue;
      const s = pairScore(o, ei, v.entities.get(j)!, li, v.lemmas.get(j)!, estimatedJaccard(f.signature, features[j].signature));
      if (s > (closest.get(k) ?? -1)) closest.set(k, s);
    }
    let best = -1;
    let bestScore = threshold;
    for (const [k, memberScore] of closest) {
      if (stats) stats.scoredPairs++;
      const group = groups[k];
      const whole = o.entityWeight * unitCosine(ei, group.entities, group.entityNorm2) + o.wordWeight * unitCosine(li, group.lemmas, group.lemmaNorm2) + o.textWeight * memberScore;
      let s = o.storyShare * whole + (1 - o.storyShare) * memberScore;
      if (actorsClash(f, group)) s *= o.actorClash;
      s *= timeDiscount(o, f.day, group.days);
      if (s >= bestScore) { bestScore = s; best = k; }
    }
    if (best < 0) {
      best = groups.length;
      groups.push({ members: [], entities: new Map(), entityNorm2: 0, lemmas: new Map(), lemmaNorm2: 0, actors: new Map(), days: [] });
    }
    join(groups[best], i, f, ei, li);
    groupOf.set(i, best);
  }
  return groups.map((g) => g.members);
}

function join(story: GrowingStory, i: number, f: StoryFeatures, entities: Vector<string>, lemmas: Vector<string>): void {
  story.members.push(i);
  story.entityNorm2 += add(story.entities, entities);
  story.lemmaNorm2 += add(story.lemmas, lemmas);
  for (const a of f.actors.slice(0, 2)) story.actors.set(a, (story.actors.get(a) ?? 0) + 1);
  if (f.day !== null) story.days.push(f.day);
}

/** The link between two documents: entity overlap, content-word similarity and shared text. */
function pairScore(o: GroupingOptions, ea: Vector<string>, eb: Vector<string>, la: Vector<string>, lb: Vector<string>, text: number): number {
  return o.entityWeight * cosine(ea, eb) + o.wordWeight * cosine(la, lb) + o.textWeight * text;
}

/**
 * Two reports of similar events (two arrests, two earthquakes) share their topic words but not
 * their protagonists: the document's main actors are nowhere in the story and the story's main
 * actors nowhere in the document.
 */
function actorsClash(f: StoryFeatures, story: GrowingStory): boolean {
  const mine = f.actors.slice(0, 2);
  if (mine.length === 0 || story.actors.size === 0) return false;
  if (mine.some((a) => story.entities.has(a))) return false;
  const theirs = [...story.actors.entries()].filter(([, c]) => 2 * c >= story.members.length).map(([a]) => a);
  return theirs.length > 0 && theirs.every((a) => !f.entities.has(a));
}

/** Links to a story whose nearest publication date is far from the document's are discounted. */
function timeDiscount(o: GroupingOptions, day: number | null, days: number[]): number {
  if (day === null || days.length === 0) return 1;
  let gap = Infinity;
  for (const d of days) gap = Math.min(gap, Math.abs(d - day));
  return gap > o.timeWindowDays ? Math.max(0.3, o.timeWindowDays / gap) : 1;
}

function weighted<K>(counts: Map<K, number>, weight: (k: K) => number): Vector<K> {
  const out = new Map<K, number>();
  for (const [k, c] of counts) { const w = weight(k); if (w > 0) out.set(k, (1 + Math.log(c)) * w); }
  return out;
}

function unit<K>(v: Vector<K>): Vector<K> {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

/** Adds `v` into `into` and returns how much the squared norm of `into` grew. */
function add<K>(into: Vector<K>, v: Vector<K>): number {
  let grown = 0;
  for (const [k, x] of v) {
    const c = into.get(k) ?? 0;
    grown += 2 * c * x + x * x;
    into.set(k, c + x);
  }
  return grown;
}

/** Cosine of a unit vector with a centroid whose squared norm is kept as it grows: no pass over the centroid. */
function unitCosine<K>(unitVector: Map<K, number>, centroid: Map<K, number>, centroidNorm2: number): number {
  if (unitVector.size === 0 || centroidNorm2 <= 0) return 0;
  let dot = 0;
  for (const [k, v] of unitVector) { const w = centroid.get(k); if (w !== undefined) dot += v * w; }
  return dot / Math.sqrt(centroidNorm2);
}

export function cosine<K>(a: Map<K, number>, b: Map<K, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) { const w = large.get(k); if (w !== undefined) dot += v * w; }
  if (dot === 0) return 0;
  return dot / Math.sqrt(squaredNorm(a) * squaredNorm(b));
}

/**
 * Squared norms of document vectors, computed once: a document is scored against many
 * candidates. Only vectors that are never changed after they are built may pass through here
 * (growing story centroids keep their own norms).
 */
const norms = new WeakMap<Map<unknown, number>, number>();

function squaredNorm<K>(v: Map<K, number>): number {
  let n = norms.get(v as Map<unknown, number>);
  if (n === undefined) {
    n = 0;
    for (const x of v.values()) n += x * x;
    norms.set(v as Map<unknown, number>, n);
  }
  return n;
}

/** The title of the story's earliest original (not syndicated) document that has one. */
function storyTitle(members: StoryFeatures[]): string {
  const titled = members.filter((f) => f.doc.meta.title);
  const originals = titled.filter((f) => !f.doc.meta.syndicatedFrom);
  const pick = (originals[0] ?? titled[0])?.doc;
  return pick?.meta.title ?? members[0].doc.source;
}
