import { EVENT_COREF_CONFIG, type EventCorefConfig } from './config.js';
import type { EventMention } from './mention.js';
import { compareEvents } from './score.js';

/** A pair's link: its score in [0, 1], and whether it is a cannot-link. */
export interface PairLink {
  score: number;
  blocked: boolean;
}

/** Scores one candidate pair (the two mentions share a predicate key). */
export type PairScorer = (a: EventMention, b: EventMention) => PairLink;

/** Builds the scorer of one story's mentions (a learned scorer reads story-wide statistics). */
export type StoryScorer = (story: EventMention[]) => PairScorer;

/** The hand-weighted score of score.ts: a clash is a cannot-link when its penalty is 1 or more. */
export function handScorer(config: EventCorefConfig): StoryScorer {
  return () => (a, b) => {
    const c = compareEvents(a, b, config);
    return { score: c.score, blocked: c.clashes.length > 0 && config.clashPenalty >= 1 };
  };
}

/** Link evidence between two clusters: the sum of their members' pair scores, and whether any pair clashes. */
interface Link {
  sum: number;
  blocked: boolean;
}

/** A max-heap of candidate merges; stale entries are skipped when popped. */
class MergeQueue {
  private items: [number, number, number][] = [];
  push(score: number, a: number, b: number): void {
    const h = this.items;
    h.push([score, a, b]);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (h[p][0] >= h[i][0]) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }
  pop(): [number, number, number] | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l][0] > h[m][0]) m = l;
        if (r < h.length && h[r][0] > h[m][0]) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }
}

/** Candidate pairs: mentions sharing a predicate key; no other pair can score above zero. */
export function candidatePairs(mentions: EventMention[]): [number, number][] {
  const out: [number, number][] = [];
  forEachCandidatePair(mentions, (i, j) => out.push([i, j]));
  return out;
}

/** `candidatePairs`, each pair handed to `visit` in the same order instead of listed: clustering needs no list. */
function forEachCandidatePair(mentions: EventMention[], visit: (i: number, j: number) => void): void {
  const byKey = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    for (const k of m.keys) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(i);
  });
  const n = mentions.length;
  const firstTime = pairMarker(n);
  for (const members of byKey.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        if (members[x] === members[y] || !firstTime(members[x] * n + members[y])) continue;
        visit(members[x], members[y]);
      }
    }
  }
}

/** Mentions up to which pairs are marked in a bitmap (2 MB at most); a larger story marks them in a set. */
const BITMAP_MAX_MENTIONS = 4096;

/**
 * Marks pair codes, answering whether each is new: a pair sharing several keys (lemma, class,
 * senses) is listed once. One bit per pair where that stays small, as a set of numbers was slow.
 */
function pairMarker(n: number): (code: number) => boolean {
  if (n > BITMAP_MAX_MENTIONS) {
    const seen = new Set<number>();
    return (code) => !seen.has(code) && !!seen.add(code);
  }
  const bits = new Uint8Array(Math.ceil((n * n) / 8));
  return (code) => {
    const bit = 1 << (code & 7);
    if (bits[code >> 3] & bit) return false;
    bits[code >> 3] |= bit;
    return true;
  };
}

/**
 * Average-link agglomerative clustering of one story's mentions: the two clusters with the
 * highest mean pair score merge while that mean clears the threshold and no member pair clashes
 * (a clash is a cannot-link). Pairs that share no predicate key count as 0 in the mean.
 */
function clusterStory(mentions: EventMention[], scorer: PairScorer, threshold: number): EventMention[][] {
  // One map per mention, shared while empty: most mentions of a story have no candidate pair.
  const none: ReadonlyMap<number, Link> = new Map();
  // Filled by push, not made by map: arrays made by map took another hidden class in a larger
  // story, and the optimised clustering was thrown away when it met one.
  const size: number[] = [];
  const members: number[][] = [];
  const links: Map<number, Link>[] = [];
  const alive: boolean[] = [];
  for (let i = 0; i < mentions.length; i++) {
    size.push(1);
    members.push([i]);
    links.push(none as Map<number, Link>);
    alive.push(true);
  }
  const linksOf = (i: number) => (links[i] === none ? (links[i] = new Map()) : links[i]);
  const queue = new MergeQueue();
  forEachCandidatePair(mentions, (i, j) => {
    const c = scorer(mentions[i], mentions[j]);
    if (c.score <= 0 && !c.blocked) return;
    const link = { sum: c.score, blocked: c.blocked };
    linksOf(i).set(j, link);
    linksOf(j).set(i, link);
    if (!link.blocked && c.score >= threshold) queue.push(c.score, i, j);
  });
  const average = (a: number, b: number, link: Link) => link.sum / (size[a] * size[b]);
  for (let next = queue.pop(); next; next = queue.pop()) {
    const [score, a, b] = next;
    const link = alive[a] && alive[b] ? links[a].get(b) : undefined;
    if (!link || link.blocked || average(a, b, link) !== score) continue;
    // Merge b into a: a's links to every neighbour of b gain b's evidence.
    alive[b] = false;
    links[a].delete(b);
    for (const [c, lb] of links[b]) {
      if (c === a) continue;
      links[c].delete(b);
      const la = links[a].get(c);
      const merged = { sum: (la?.sum ?? 0) + lb.sum, blocked: (la?.blocked ?? false) || lb.blocked };
      links[a].set(c, merged);
      links[c].set(a, merged);
    }
    links[b].clear();
    size[a] += size[b];
    members[a].push(...members[b]);
    for (const [c, l] of links[a]) {
      const avg = average(a, c, l);
      if (!l.blocked && avg >= threshold) queue.push(avg, a, c);
    }
  }
  return members.filter((_, i) => alive[i]).map((ms) => ms.map((i) => mentions[i]));
}

/**
 * Cross-document event coreference: clusters of mentions that name one event, formed within
 * each story (`storyOf`), never across stories.
 */
export function clusterEvents(mentions: EventMention[], storyOf: (m: EventMention) => string, config: EventCorefConfig = EVENT_COREF_CONFIG, scorer: StoryScorer = handScorer(config)): EventMention[][] {
  const byStory = new Map<string, EventMention[]>();
  for (const m of mentions) (byStory.get(storyOf(m)) ?? byStory.set(storyOf(m), []).get(storyOf(m))!).push(m);
  const out: EventMention[][] = [];
  for (const group of byStory.values()) out.push(...clusterStory(group, scorer(group), config.mergeThreshold));
  return out;
}
