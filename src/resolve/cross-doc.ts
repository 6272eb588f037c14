import { type Chain, chainKey, typesCompatible } from './chain.js';
import { incompatibleRoles } from './constraints.js';
import { initials, isAcronym, nameKey, normaliseName } from './names/normalise.js';
import { phoneticKey } from './names/phonetic.js';
import { compareNames } from './names/similarity.js';

/** At or above: the same actor. Between the two: unresolved, reported as a possible alias. */
export const MERGE_SCORE = 0.82;
export const POSSIBLE_SCORE = 0.66;
/** Blocks larger than this are too unspecific to pair up exhaustively. */
const MAX_BLOCK = 1500;

export interface PairEvidence {
  score: number;
  reason: string;
  /** The pair may never be in one entity. */
  conflict: boolean;
}

export interface ClusterInput {
  chains: Chain[];
  /** The story a document belongs to, when known: a description ("the judge") only links inside one story. */
  storyOf?: (doc: string) => string;
  /** Unordered chain-key pairs known to be distinct actors. */
  cannotLink: Set<string>;
}

export interface ClusterResult {
  clusters: Chain[][];
  possible: { a: Chain; b: Chain; score: number; reason: string }[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

const TIME_WORDS = /^(?:on|in|at|by|of|early|late|last|next|this|the|a|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|morning|afternoon|evening|night|today|yesterday|tomorrow|week|month|year|day|[\d,.:\-/]+|a\.?m\.?|p\.?m\.?)$/i;

/** "Thursday", "June 24, 2005": a date is not an actor, and the same weekday in two stories is two days. */
export function timeLike(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => TIME_WORDS.test(w));
}

function nameEvidence(a: Chain, b: Chain): PairEvidence {
  const person = a.type === 'PER' && b.type === 'PER';
  let best: PairEvidence = { score: 0, reason: 'no name match', conflict: false };
  for (const x of distinct(a.names)) {
    for (const y of distinct(b.names)) {
      const cmp = compareNames(x, y, person);
      if (cmp.conflict) return { score: 0, reason: `${x} / ${y}: ${cmp.reason}`, conflict: true };
      if (cmp.score > best.score) best = { score: cmp.score, reason: `${x} / ${y}: ${cmp.reason}`, conflict: false };
    }
  }
  return best;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * Evidence that two chains are one actor: names first, then the company they keep (other
 * entities named in their articles), the roles they hold, and their types.
 */
export function scorePair(a: Chain, b: Chain, context: Map<Chain, Set<string>>, sameStory = true): PairEvidence {
  if (!typesCompatible(a.type, b.type)) return { score: 0, reason: 'types differ', conflict: false };
  if (a.type === 'PER' && b.type === 'PER' && incompatibleRoles(a.roles, b.roles)) {
    return { score: 0, reason: 'incompatible roles', conflict: true };
  }
  if (a.gender && b.gender && a.gender !== b.gender && (a.genderVotes ?? 0) >= 2 && (b.genderVotes ?? 0) >= 2) {
    return { score: 0, reason: 'he and she', conflict: true };
  }
  let evidence: PairEvidence;
  if (!sameStory && [...a.names, ...b.names].some(timeLike)) return { score: 0, reason: 'dates from different stories', conflict: false };
  if (a.names.length > 0 && b.names.length > 0) evidence = nameEvidence(a, b);
  else if (!sameStory) return { score: 0, reason: 'descriptions from different stories', conflict: false };
  else if (a.names.length === 0 && b.names.length === 0 && sharedCount(a.nominalHeads, b.nominalHeads) > 0) {
    evidence = { score: 0.85, reason: 'same description', conflict: false };
  } else if (sharedCount(a.nominalHeads, b.nominalHeads) > 0 || sharedCount(a.nameHeads, b.nominalHeads) > 0 || sharedCount(a.nominalHeads, b.nameHeads) > 0) {
    // A description shared with a named actor's own descriptions: needs the context to agree as well.
    evidence = { score: 0.85, reason: 'description of a named actor', conflict: false };
  } else return { score: 0, reason: 'nothing comparable', conflict: false };
  if (evidence.conflict || evidence.score < 0.5) return evidence;
  const shared = sharedCount(context.get(a) ?? new Set(), context.get(b) ?? new Set());
  let score = evidence.score + Math.min(0.1, 0.04 * shared);
  if (sharedCount(a.nominalHeads, b.nominalHeads) > 0) score += 0.03;
  if (a.type !== b.type) score -= 0.05;
  const reasons = [evidence.reason];
  if (shared > 0) reasons.push(`${shared} co-occurring entities`);
  return { score: Math.min(1, score), reason: reasons.join('; '), conflict: false };
}

function blockingKeys(chain: Chain): string[] {
  const keys = new Set<string>();
  for (const name of chain.names) {
    for (const token of normaliseName(name).tokens) if (token.length >= 2) keys.add(`p:${phoneticKey(token).slice(0, 3)}`);
    if (isAcronym(name)) keys.add(`a:${name.replace(/\./g, '').toLowerCase().replace(/s$/, '')}`);
    else if (name.trim().includes(' ')) keys.add(`a:${initials(name)}`);
  }
  for (const head of chain.nominalHeads) keys.add(`h:${head}`);
  for (const head of chain.nameHeads) keys.add(`h:${head}`);
  return [...keys];
}

/** Other entities named in a chain's document: the company an actor keeps. */
function documentContext(chains: Chain[]): Map<Chain, Set<string>> {
  const byDoc = new Map<string, Chain[]>();
  for (const chain of chains) byDoc.set(chain.doc, [...(byDoc.get(chain.doc) ?? []), chain]);
  const context = new Map<Chain, Set<string>>();
  for (const docChains of byDoc.values()) {
    const keys = docChains.map((c) => new Set(c.names.map(nameKey).filter((k) => k.length > 0)));
    docChains.forEach((chain, i) => {
      const others = new Set<string>();
      keys.forEach((set, j) => {
        if (j !== i) for (const k of set) others.add(k);
      });
      for (const own of keys[i]) others.delete(own);
      context.set(chain, others);
    });
  }
  return context;
}

function clusterGender(cluster: Chain[]): 'm' | 'f' | undefined {
  const genders = new Set(cluster.map((c) => c.gender).filter((g) => g !== undefined));
  return genders.size === 1 ? [...genders][0] : undefined;
}

/** A named person must outweigh the next named person of the same gender this much to absorb descriptions. */
const DOMINANCE = 2;

/**
 * A cluster of descriptions and pronouns with a gender ("the star ... she") and no name refers,
 * within one story, to the story's dominant named person of that gender, when one clearly dominates.
 */
function attachUnnamedPeople(chains: Chain[], members: number[][], owner: number[], storyOf: (doc: string) => string): void {
  const named = new Map<string, { root: number; size: number }[]>();
  members.forEach((m, root) => {
    const cluster = m.map((i) => chains[i]);
    if (m.length === 0 || cluster[0].type !== 'PER' || !cluster.some((c) => c.names.length > 0)) return;
    const gender = clusterGender(cluster);
    if (!gender) return;
    const size = cluster.reduce((n, c) => n + c.nodes.length, 0);
    for (const story of new Set(cluster.map((c) => storyOf(c.doc)))) {
      const key = `${story}|${gender}`;
      named.set(key, [...(named.get(key) ?? []), { root, size }]);
    }
  });
  members.forEach((m, root) => {
    const cluster = m.map((i) => chains[i]);
    if (m.length === 0 || cluster[0].type !== 'PER' || cluster.some((c) => c.names.length > 0)) return;
    const gender = clusterGender(cluster);
    const stories = new Set(cluster.map((c) => storyOf(c.doc)));
    if (!gender || stories.size !== 1) return;
    const candidates = [...(named.get(`${[...stories][0]}|${gender}`) ?? [])].sort((a, b) => b.size - a.size);
    if (candidates.length === 0 || (candidates[1] && candidates[0].size < DOMINANCE * candidates[1].size)) return;
    const host = candidates[0].root;
    for (const i of m) owner[i] = host;
    members[host].push(...m);
    members[root] = [];
  });
}

/** Chains that say exactly the same things (names, descriptions, gender, roles, story) score alike. */
function signature(chain: Chain, story: string): string | null {
  if (chain.names.length === 0 && chain.nominalHeads.size === 0) return null;
  const names = [...new Set(chain.names.map(nameKey))].sort().join(',');
  const heads = [...chain.nominalHeads].sort().join(',');
  const roles = [...new Set(chain.roles.map((r) => r.text.toLowerCase()))].sort().join(',');
  return [story, chain.type, names, heads, chain.gender ?? '', roles].join('|');
}

function unitOf(members: Chain[]): Chain {
  const first = members[0];
  if (members.length === 1) return first;
  return {
    ...first,
    nodes: members.flatMap((c) => c.nodes),
    names: [...new Set(members.flatMap((c) => c.names))],
    nominalHeads: new Set(members.flatMap((c) => [...c.nominalHeads])),
    nameHeads: new Set(members.flatMap((c) => [...c.nameHeads])),
    roles: members.flatMap((c) => c.roles),
    genderVotes: members.reduce((n, c) => n + (c.genderVotes ?? 0), 0),
  };
}

/**
 * Clusters chains across documents. Chains that say the same things are first gathered into
 * units (a name repeated in a thousand articles is scored once, not a million times), keeping
 * apart any two chains the text shows to be distinct; the units are then clustered.
 */
export function clusterChains(input: ClusterInput): ClusterResult {
  const storyOf = input.storyOf ?? (() => '');
  const partners = new Map<string, Set<string>>();
  for (const pair of input.cannotLink) {
    const [a, b] = pair.split('|');
    partners.set(a, (partners.get(a) ?? new Set()).add(b));
    partners.set(b, (partners.get(b) ?? new Set()).add(a));
  }
  interface Unit { chains: Chain[]; docs: Set<string>; forbidden: Set<string> }
  const groups = new Map<string, Unit[]>();
  const unitList: Unit[] = [];
  for (const chain of input.chains) {
    const sig = signature(chain, storyOf(chain.doc));
    const candidates = sig === null ? [] : groups.get(sig) ?? [];
    const key = chainKey(chain);
    let home = candidates.find((unit) => !unit.docs.has(chain.doc) && !unit.forbidden.has(key));
    if (!home) {
      home = { chains: [], docs: new Set(), forbidden: new Set() };
      unitList.push(home);
      if (sig !== null) groups.set(sig, [...candidates, home]);
    }
    home.chains.push(chain);
    home.docs.add(chain.doc);
    for (const p of partners.get(key) ?? []) home.forbidden.add(p);
  }
  const units = unitList.map((u) => u.chains);
  const reps = units.map(unitOf);
  const repOf = new Map<string, Chain>();
  units.forEach((unit, i) => unit.forEach((c) => repOf.set(chainKey(c), reps[i])));
  const cannotLink = new Set<string>();
  for (const pair of input.cannotLink) {
    const [a, b] = pair.split('|');
    const ra = repOf.get(a);
    const rb = repOf.get(b);
    if (ra && rb && ra !== rb) cannotLink.add(pairKey(chainKey(ra), chainKey(rb)));
  }
  const chainContext = documentContext(input.chains);
  const context = new Map<Chain, Set<string>>();
  units.forEach((unit, i) => context.set(reps[i], new Set(unit.flatMap((c) => [...(chainContext.get(c) ?? [])]))));
  const membersOf = new Map(reps.map((rep, i) => [rep, units[i]]));
  const result = clusterUnits(reps, cannotLink, context, storyOf);
  return {
    clusters: result.clusters.map((cluster) => cluster.flatMap((rep) => membersOf.get(rep) ?? [rep])),
    possible: result.possible,
  };
}

/**
 * Agglomerative clustering over blocked candidate pairs, best evidence first. A merge is refused
 * when any member of one cluster cannot link with any member of the other: constraints bind
 * whole clusters, so a chain of near-matches cannot carry two known-distinct actors together.
 */
function clusterUnits(chains: Chain[], cannotLink: Set<string>, context: Map<Chain, Set<string>>, storyOf: (doc: string) => string): ClusterResult {
  const sameStory = (x: Chain, y: Chain) => storyOf(x.doc) === storyOf(y.doc);
  const single = (c: Chain) => c.nodes.every((n) => n.doc === c.doc);
  const blocks = new Map<string, number[]>();
  chains.forEach((chain, i) => {
    for (const key of blockingKeys(chain)) blocks.set(key, [...(blocks.get(key) ?? []), i]);
  });
  const scored = new Map<string, { i: number; j: number; evidence: PairEvidence }>();
  for (const members of blocks.values()) {
    if (members.length > MAX_BLOCK) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x];
        const j = members[y];
        if (chains[i].doc === chains[j].doc && single(chains[i]) && single(chains[j])) continue;
        const key = `${i}:${j}`;
        if (scored.has(key)) continue;
        scored.set(key, { i, j, evidence: scorePair(chains[i], chains[j], context, sameStory(chains[i], chains[j])) });
      }
    }
  }
  const candidates = [...scored.values()].filter((p) => p.evidence.score >= POSSIBLE_SCORE).sort((p, q) => q.evidence.score - p.evidence.score);

  const owner = chains.map((_, i) => i);
  const members = chains.map((_, i) => [i]);
  const find = (i: number): number => (owner[i] === i ? i : (owner[i] = find(owner[i])));
  const conflicts = new Set<string>(cannotLink);
  for (const p of scored.values()) if (p.evidence.conflict) conflicts.add(pairKey(chainKey(chains[p.i]), chainKey(chains[p.j])));
  const compatible = (ra: number, rb: number): boolean => {
    for (const i of members[ra]) for (const j of members[rb]) if (conflicts.has(pairKey(chainKey(chains[i]), chainKey(chains[j])))) return false;
    return true;
  };
  for (const { i, j, evidence } of candidates) {
    if (evidence.score < MERGE_SCORE) break;
    const ra = find(i);
    const rb = find(j);
    if (ra === rb || !compatible(ra, rb)) continue;
    // Conflicts found only by comparing the two clusters' other members count too.
    let clash = false;
    for (const x of members[ra]) {
      for (const y of members[rb]) {
        if (!(chains[x].doc === chains[y].doc && single(chains[x]) && single(chains[y])) && scorePair(chains[x], chains[y], context, sameStory(chains[x], chains[y])).conflict) clash = true;
        if (clash) break;
      }
      if (clash) break;
    }
    if (clash) continue;
    owner[rb] = ra;
    members[ra].push(...members[rb]);
    members[rb] = [];
  }

  attachUnnamedPeople(chains, members, owner, storyOf);

  const possible: ClusterResult['possible'] = [];
  const reported = new Set<string>();
  for (const { i, j, evidence } of candidates) {
    const ra = find(i);
    const rb = find(j);
    if (ra === rb || evidence.score >= MERGE_SCORE || !compatible(ra, rb)) continue;
    const key = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
    if (reported.has(key)) continue;
    reported.add(key);
    possible.push({ a: chains[i], b: chains[j], score: evidence.score, reason: evidence.reason });
  }
  const clusters = members.filter((m) => m.length > 0).map((m) => m.map((i) => chains[i]));
  return { clusters, possible };
}
