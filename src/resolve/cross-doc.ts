import { type Chain, chainKey, chainNumber, typesCompatible } from './chain.js';
import { incompatibleRoles } from './constraints.js';
import { bareText, headWord, lemma, nameCore } from './mention-kind.js';
import { initials, isAcronym, nameKey, normaliseName } from './names/normalise.js';
import { phoneticKey } from './names/phonetic.js';
import type { NameContext } from './names/person-match.js';
import { titleWords } from './names/titles.js';
import { abstractNoun, kinNoun, knownNoun, personNoun, relatedKeys, relatedPersonNouns } from './noun-meaning.js';
import { verbRarity } from './predicates.js';
import { chainNumbers, differentChainThings } from './quantities.js';
import { type ChainContext, type NameEvidence, descriptionWords, nameEvidence, pairFeatures, pairWords, sharedCount, timeLike } from './pairwise/features.js';
import { type PairModel, loadPairModel, probability } from './pairwise/model.js';
import { ChainListMemo, ChainMemo, ChainPairMemo } from './chain-memo.js';

export { timeLike };

/** At or above: the same actor. Between the two: unresolved, reported as a possible alias (hand-set scorer). */
export const MERGE_SCORE = 0.82;
export const POSSIBLE_SCORE = 0.66;
/**
 * Blocks larger than this are too unspecific to pair up exhaustively: a block of n units costs
 * n^2/2 pair scores, and a corpus of 10,000 articles fills name-prefix blocks with thousands.
 */
const MAX_BLOCK = 400;

export interface PairEvidence {
  score: number;
  reason: string;
  /** The pair may never be in one entity. */
  conflict: boolean;
  /** Unresolved: reported as a possible alias, never merged (its score sits inside the scorer's possible band). */
  unresolved?: boolean;
}

export interface ClusterInput {
  chains: Chain[];
  /** The story a document belongs to, when known: a description ("the judge") only links inside one story. */
  storyOf?: (doc: string) => string;
  /** Unordered chain-key pairs known to be distinct actors. */
  cannotLink: Set<string>;
  /** The pair scorer: a learned model, null for the hand-set weights; defaults to the committed model. */
  model?: PairModel | null;
}

export interface ClusterResult {
  clusters: Chain[][];
  possible: { a: Chain; b: Chain; score: number; reason: string }[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

let committed: PairModel | null | undefined;

/** The model under models/coref/, read once; null when absent (the hand-set weights then score). */
export function defaultPairModel(): PairModel | null {
  if (committed === undefined) committed = loadPairModel();
  return committed;
}

/** Replaces the default scorer (cross-validation trains one per fold); undefined goes back to the file. */
export function usePairModel(model: PairModel | null | undefined): void {
  committed = model;
}

/** Hand-set evidence weights: the scorer when no learned model is present. */
function handScore(a: Chain, b: Chain, name: NameEvidence | null, ca: ChainContext, cb: ChainContext, sameStory: boolean): PairEvidence {
  let evidence: PairEvidence;
  if (name) evidence = name;
  else if (!sameStory) return { score: 0, reason: 'descriptions from different stories', conflict: false };
  else if (a.names.length === 0 && b.names.length === 0 && sharedCount(a.nominalHeads, b.nominalHeads) > 0) {
    evidence = { score: 0.85, reason: 'same description', conflict: false };
  } else if (sharedCount(a.nominalHeads, b.nominalHeads) > 0 || sharedCount(a.nameHeads, b.nominalHeads) > 0 || sharedCount(a.nominalHeads, b.nameHeads) > 0) {
    // A description shared with a named actor's own descriptions: needs the context to agree as well.
    evidence = { score: 0.85, reason: 'description of a named actor', conflict: false };
  } else return { score: 0, reason: 'nothing comparable', conflict: false };
  if (evidence.score < 0.5) return evidence;
  const shared = sharedCount(ca.document, cb.document);
  let score = evidence.score + Math.min(0.1, 0.04 * shared);
  if (sharedCount(a.nominalHeads, b.nominalHeads) > 0) score += 0.03;
  if (a.type !== b.type) score -= 0.05;
  const reasons = [evidence.reason];
  if (shared > 0) reasons.push(`${shared} co-occurring entities`);
  return { score: Math.min(1, score), reason: reasons.join('; '), conflict: false };
}

const EMPTY_CONTEXT: ChainContext = { document: new Set(), sentence: new Set() };

/**
 * Evidence that two chains are one actor. Hard constraints first (types, exclusive roles, gender,
 * conflicting names, and no link across stories without names on both sides); then the learned
 * pairwise model when one is given, else the hand-set weights: names, the company the chains keep
 * (other entities named in their articles and beside them in their sentences), roles and types.
 */
export function scorePair(a: Chain, b: Chain, context: Map<Chain, ChainContext>, sameStory = true, model: PairModel | null = null): PairEvidence {
  const features = pairEvidence(a, b, context, sameStory);
  if ('score' in features && features.unresolved) {
    // Midway through the possible band of whichever scorer runs: listed, never merged.
    const [possible, merge] = model ? [model.possible, model.merge] : [POSSIBLE_SCORE, MERGE_SCORE];
    return { ...features, score: (possible + merge) / 2 };
  }
  if ('score' in features) return features;
  if (!model) return handScore(a, b, features.name, features.ca, features.cb, sameStory);
  const p = probability(model, pairFeatures(a, b, features.ca, features.cb, sameStory, features.name), pairWords(a, b));
  const shared = sharedCount(features.ca.sentence, features.cb.sentence);
  const reasons = [features.name ? features.name.reason : sharedCount(a.nominalHeads, b.nominalHeads) > 0 ? 'same description' : 'context'];
  if (shared > 0) reasons.push(`${shared} words shared beside them`);
  return { score: p, reason: `model ${p.toFixed(2)}: ${reasons.join('; ')}`, conflict: false };
}

interface Comparable {
  name: NameEvidence | null;
  ca: ChainContext;
  cb: ChainContext;
}

/** The hard verdict on a pair when there is one, else what the scorers compare. */
function pairEvidence(a: Chain, b: Chain, context: Map<Chain, ChainContext>, sameStory: boolean): PairEvidence | Comparable {
  const found = (sameStory ? sameStoryVerdicts : otherStoryVerdicts).get(a, b, () => pairVerdict(a, b, sameStory));
  if ('score' in found) return found;
  return { name: found.name, ca: context.get(a) ?? EMPTY_CONTEXT, cb: context.get(b) ?? EMPTY_CONTEXT };
}

/** Kept between runs on the same chains (chain-memo.ts): a pair's verdict reads the two chains alone. */
const sameStoryVerdicts = new ChainPairMemo<PairEvidence | { name: NameEvidence | null }>();
const otherStoryVerdicts = new ChainPairMemo<PairEvidence | { name: NameEvidence | null }>();

/** pairEvidence's part that reads nothing but the two chains: the hard verdict, else the name evidence. */
function pairVerdict(a: Chain, b: Chain, sameStory: boolean): PairEvidence | { name: NameEvidence | null } {
  if (!typesCompatible(a.type, b.type)) return { score: 0, reason: 'types differ', conflict: false };
  if (a.type === 'PER' && b.type === 'PER' && incompatibleRoles(a.roles, b.roles)) {
    return { score: 0, reason: 'incompatible roles', conflict: true };
  }
  if (a.gender && b.gender && a.gender !== b.gender && (a.genderVotes ?? 0) >= 2 && (b.genderVotes ?? 0) >= 2) {
    return { score: 0, reason: 'he and she', conflict: true };
  }
  if (a.type === 'PER' && b.type === 'PER' && numberClash(a, b)) return { score: 0, reason: 'one person and a group', conflict: true };
  if (differentChainThings(a, b)) return { score: 0, reason: 'a time and a thing, or different numbers', conflict: true };
  if (!sameStory && [...a.names, ...b.names].some(timeLike)) return { score: 0, reason: 'dates from different stories', conflict: false };
  if (abstractForConcrete(a, b) || abstractForConcrete(b, a)) return { score: 0, reason: 'a quality or message is not the thing named', conflict: false };
  const bothNamed = a.names.length > 0 && b.names.length > 0;
  if (!sameStory && !bothNamed) return { score: 0, reason: 'descriptions from different stories', conflict: false };
  const person = a.type === 'PER' && b.type === 'PER';
  const name = bothNamed ? nameEvidence(a, b, person ? personNameContext(a, b) : {}) : null;
  if (name?.conflict) return name;
  // A near spelling without the evidence it needs is a possible alias, whatever the context.
  if (name && person && name.unsure) return { score: POSSIBLE_SCORE, reason: `possible alias: ${name.reason}`, conflict: false, unresolved: true };
  if (bothNamed && a.type === 'ORG' && b.type === 'ORG' && differentKindsOfBody(a.names, b.names)) {
    return { score: 0, reason: 'organisations of different kinds', conflict: true };
  }
  // Precision first: two people with full names that share nothing are two people, whatever
  // their context (same role, same verbs, same story) suggests.
  if (name && a.type === b.type && NAME_BOUND_TYPES.has(a.type) && name.score < MIN_PERSON_NAME_SCORE) {
    return { score: 0, reason: `different names (${name.reason})`, conflict: false };
  }
  return { name };
}

/** What two people's chains share beyond their names, as evidence a near spelling needs: an office title. */
function personNameContext(a: Chain, b: Chain): NameContext {
  const ta = titleWords(a.names, a.roles.map((r) => r.text));
  if (ta.size === 0) return {};
  const tb = titleWords(b.names, b.roles.map((r) => r.text));
  return { sharedTitle: [...ta].some((t) => tb.has(t)) };
}

/**
 * Two named people's chains may stand in one entity: their names are one person by the
 * matcher (not a possible alias, not apart). Checked between every pair of members when two
 * clusters merge, so that A~B and B~C never carry A and C together unless A~C holds too.
 */
function peopleNamesAgree(a: Chain, b: Chain): boolean {
  if (a.type !== 'PER' || b.type !== 'PER' || a.names.length === 0 || b.names.length === 0) return true;
  return namesAgreeing.get(a, b, () => {
    const name = nameEvidence(a, b, personNameContext(a, b));
    return !name.conflict && !name.unsure && name.score >= MIN_PERSON_NAME_SCORE;
  });
}

/** Kept between runs on the same chains (chain-memo.ts): two people's names agree or not whatever else the run holds. */
const namesAgreeing = new ChainPairMemo<boolean>();

/**
 * An unnamed thing described only by abstract nouns ("the flaw", "the vulnerability") is not a
 * named thing whose name ends in a concrete noun ("Internet Explorer"): a product is not its flaw.
 */
export function abstractForConcrete(named: Chain, unnamed: Chain): boolean {
  if (named.type !== 'MISC' || unnamed.type !== 'MISC' || named.names.length === 0 || unnamed.names.length > 0) return false;
  const heads = [...unnamed.nominalHeads];
  if (heads.length === 0 || !heads.every(abstractNoun)) return false;
  const nameHeads = [...named.nameHeads].filter((h) => /^[a-z]+$/i.test(h) && !named.nominalHeads.has(h.toLowerCase()));
  return nameHeads.length > 0 && nameHeads.every((h) => knownNoun(h) && !abstractNoun(h)) && ![...named.nominalHeads].some(abstractNoun);
}

/** Legal-form words that end a company's name without saying what kind of body it is. */
const LEGAL_FORMS = new Set(['inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'group', 'holdings', 'ag', 'sa', 'nv', 'gmbh']);

/**
 * Two organisations whose full names end in different kinds of body ("Syrian Democratic Forces",
 * "Syrian Foreign Ministry") are two organisations, however many words they share, unless one
 * name is part of the other ("New England" / "New England Patriots"). Only names of two or more
 * words count: a bare word or an acronym says nothing of the kind of body.
 */
export function differentKindsOfBody(namesA: string[], namesB: string[]): boolean {
  const full = (names: string[]) => names.filter(properName).map(organisationWords).filter((w) => w.length >= 2);
  const fa = full(namesA);
  const fb = full(namesB);
  const apart = fa.length > 0 && fb.length > 0 && fa.every((x) => fb.every((y) => x[x.length - 1] !== y[y.length - 1] && !x.every((w) => y.includes(w)) && !y.every((w) => x.includes(w))));
  return apart || differentQualifiers(namesA, namesB);
}

/**
 * Two bodies of one kind named by qualifiers that share nothing ("AMA Board of Trustees" / "NLM
 * Board of Regents", "Ministry of Health" / "Ministry of Defence") are two bodies; a qualifier in
 * common ("Ministry of Defence" / "Defence Ministry") or one name inside the other leaves them open.
 */
function differentQualifiers(namesA: string[], namesB: string[]): boolean {
  const described = (names: string[]) => names.filter(properName).map((n) => ({ head: organisationWords(n).pop() ?? '', qualifiers: qualifierWords(n) })).filter((x) => x.head && x.qualifiers.size > 0);
  const da = described(namesA);
  const db = described(namesB);
  if (da.length === 0 || db.length === 0) return false;
  return da.every((x) => db.every((y) => x.head === y.head && ![...x.qualifiers].some((w) => y.qualifiers.has(w))));
}

/** A body's name words other than its head, legal forms and small words, lowercased and singular. */
function qualifierWords(name: string): Set<string> {
  const head = organisationWords(name).pop();
  const words = nameCore(name).toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, '')).filter((w) => w && !LEGAL_FORMS.has(w) && !/^(?:of|for|and|the|de|al|el)$/.test(w));
  return new Set(words.map((w) => lemma(w)).filter((w) => w !== head));
}

/** Every word capitalised but the small ones ("Ministry of Foreign Affairs"): a name, not a description ("U.S. automaker GM"). */
function properName(name: string): boolean {
  // "Apple and AT&T" names two bodies; "Fish and Wildlife Service" one. Either way no single head.
  if (/\s(?:and|&)\s/i.test(name)) return false;
  return nameCore(name).split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|and|for|the|de|al|el|&)$/.test(w));
}

/** A name's words up to its head, lowercased and singular, legal forms dropped ("Ministry of Defence" -> ministry, "Commission for Elections" -> commission). */
function organisationWords(name: string): string[] {
  const words = nameCore(name).toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, '')).filter(Boolean);
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const head = (of > 0 ? words.slice(0, of) : words).filter((w) => !LEGAL_FORMS.has(w) && w !== 'the');
  return head.map(lemma);
}

/** A person and a group of people written in the plural ("the guards", "they"). */
function numberClash(a: Chain, b: Chain): boolean {
  const na = chainNumber(a);
  const nb = chainNumber(b);
  if (!na || !nb || na === nb) return false;
  // One person, named or not ("the prosecutor"), is not a group written in the plural ("the prosecutors").
  const group = na === 'sg' ? b : a;
  return group.names.length === 0;
}

/** Members per cluster compared when two clusters' average link is computed. */
const LINKAGE_SAMPLE = 24;

function evenSample<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  const step = items.length / n;
  return Array.from({ length: n }, (_, k) => items[Math.floor(k * step)]);
}

/**
 * Types whose names say who they are: two people, two organisations ("Interoute", "France
 * Telecom") or two named works or products whose names share nothing are two, whatever their
 * context. Places are left to context: "the Big Apple" names New York.
 */
const NAME_BOUND_TYPES = new Set(['PER', 'ORG', 'MISC']);

/** Below this name similarity two named people (organisations, works) never merge. */
const MIN_PERSON_NAME_SCORE = 0.5;

/** Blocks on a verb role are kept small: they pair descriptions, where names give no key. */
const MAX_VERB_BLOCK = 200;

function blockingKeys(chain: Chain, story: string): string[] {
  const keys = new Set<string>();
  for (const name of chain.names) {
    for (const token of normaliseName(name).tokens) if (token.length >= 2) keys.add(`p:${phoneticKey(token).slice(0, 3)}`);
    if (isAcronym(name)) keys.add(`a:${name.replace(/\./g, '').toLowerCase().replace(/s$/, '')}`);
    else if (name.trim().includes(' ')) keys.add(`a:${initials(name)}`);
  }
  for (const head of chain.nominalHeads) keys.add(`h:${head}`);
  for (const head of chain.nameHeads) keys.add(`h:${head}`);
  // Chains in the same position of the same verb within one story (likely the same event's role);
  // two named chains need their names to compare instead.
  for (const g of chain.predicates?.governing ?? []) keys.add(`g:${story}:${g}`);
  // Person descriptions near in meaning within one story ("emcee", "comedian"; "boxer" before a name).
  if (chain.type === 'PER') for (const w of descriptionWords(chain)) for (const k of relatedKeys(w)) keys.add(`r:${story}:${k}`);
  return [...keys];
}

/**
 * The company each chain keeps: the names of the other chains of its document, and the head
 * words of the other mentions in its sentences (the actors, places and times beside it).
 */
function chainContexts(chains: Chain[]): Map<Chain, ChainContext> {
  const byDoc = new Map<string, Chain[]>();
  for (const chain of chains) append(byDoc, chain.doc, chain);
  const context = new Map<Chain, ChainContext>();
  for (const docChains of byDoc.values()) {
    for (const [chain, own] of documentContexts.get(docChains, () => oneDocumentContexts(docChains))) context.set(chain, own);
  }
  return context;
}

/** Lists grown in place: a copy per added item made one long document's chains quadratic. */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Kept between runs on the same chains of a document (chain-memo.ts): a chain's context is its document's alone. */
const documentContexts = new ChainListMemo<Map<Chain, ChainContext>>();

function oneDocumentContexts(docChains: Chain[]): Map<Chain, ChainContext> {
  const context = new Map<Chain, ChainContext>();
  const keys = docChains.map((c) => new Set(c.names.map(nameKey).filter((k) => k.length > 0)));
  const inSentence = new Map<number, { chain: Chain; head: string }[]>();
  for (const chain of docChains) {
    for (const node of chain.nodes) {
      if (node.kind === 'pronoun' || node.sentence < 0) continue;
      const head = headWord(node.mention.text).toLowerCase();
      if (head.length > 1) append(inSentence, node.sentence, { chain, head });
    }
  }
  docChains.forEach((chain, i) => {
    const document = new Set<string>();
    keys.forEach((set, j) => {
      if (j !== i) for (const k of set) document.add(k);
    });
    for (const own of keys[i]) document.delete(own);
    const sentence = new Set<string>();
    for (const s of new Set(chain.nodes.map((n) => n.sentence))) {
      for (const other of inSentence.get(s) ?? []) if (other.chain !== chain) sentence.add(other.head);
    }
    context.set(chain, { document, sentence });
  });
  return context;
}

/** A chain's names and office titles: chains alike in both compare alike with any other. */
function personKey(chain: Chain): string {
  const names = [...new Set(chain.names)].sort().join('\u0002');
  const titles = [...titleWords(chain.names, chain.roles.map((r) => r.text))].sort().join(',');
  return `${names}\u0003${titles}`;
}

function clusterGender(cluster: Chain[]): 'm' | 'f' | undefined {
  const genders = new Set(cluster.map((c) => c.gender).filter((g) => g !== undefined));
  return genders.size === 1 ? [...genders][0] : undefined;
}

/** The gender most of a cluster's mentions give it, when they clearly agree on one. */
export function clusterGenderVotes(cluster: Chain[]): 'm' | 'f' | undefined {
  let m = 0;
  let f = 0;
  for (const c of cluster) {
    if (c.gender === 'm') m += c.genderVotes ?? 1;
    if (c.gender === 'f') f += c.genderVotes ?? 1;
  }
  if (m >= 2 && m >= 3 * f) return 'm';
  if (f >= 2 && f >= 3 * m) return 'f';
  return undefined;
}

/** Two clusters whose mentions say "he" of one and "she" of the other are two people. */
function genderClash(a: Chain[], b: Chain[]): boolean {
  if (a[0]?.type !== 'PER' || b[0]?.type !== 'PER') return false;
  const ga = clusterGenderVotes(a);
  const gb = clusterGenderVotes(b);
  return ga !== undefined && gb !== undefined && ga !== gb;
}

/** The kin words ("mother", "sister") of a cluster's descriptions. */
function kinWords(cluster: Chain[]): Set<string> {
  return new Set(cluster.flatMap((c) => [...c.nominalHeads].filter(kinNoun)));
}

/** An unnamed relative ("the sister") and a person the articles call by other kin words only ("the mother"): two people. */
export function otherKin(unnamed: Chain[], host: Chain[]): boolean {
  const mine = kinWords(unnamed);
  const theirs = kinWords(host);
  return mine.size > 0 && theirs.size > 0 && ![...mine].some((k) => theirs.has(k));
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
    // "the women" is a group, not the story's woman.
    if (!gender || stories.size !== 1 || cluster.some((c) => chainNumber(c) === 'pl')) return;
    const candidates = [...(named.get(`${[...stories][0]}|${gender}`) ?? [])].sort((a, b) => b.size - a.size);
    if (candidates.length === 0 || (candidates[1] && candidates[0].size < DOMINANCE * candidates[1].size)) return;
    const host = candidates[0].root;
    // "the sister" is not the woman the story calls "the mother": a kin word names another relative.
    if (otherKin(cluster, members[host].map((i) => chains[i]))) return;
    for (const i of m) owner[i] = host;
    members[host].push(...m);
    members[root] = [];
  });
}

/** A named actor must be described this many times more often than the next one to take an unnamed description. */
const DESCRIPTION_DOMINANCE = 2;

/**
 * How often each description word is used of a cluster's named actor: the heads of its nominal
 * mentions ("the lawyer") and the lowercase words written before its names ("lawyer Jane Roe").
 */
export function descriptionCounts(cluster: Chain[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string) => counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const chain of cluster) {
    for (const node of chain.nodes) {
      if (node.kind === 'nominal') add(node.head);
      else if (node.kind === 'name') {
        const before = /^((?:[a-z][\w'-]*\s+)+)[A-Z]/.exec(bareText(node.mention.text).replace(/^(?:the|a|an)\s+/i, ''));
        for (const w of before?.[1].trim().split(/\s+/) ?? []) add(lemma(w));
      }
    }
  }
  return counts;
}

/**
 * A cluster of descriptions without a name ("the lawyer", "the facility") within one story refers
 * to the story's named actor that the story's articles describe with those words, when one such
 * actor clearly dominates: "lawyer" goes to the named person called the lawyer most often.
 */
export function attachDescriptions(chains: Chain[], members: number[][], owner: number[], storyOf: (doc: string) => string, compatible: (ra: number, rb: number) => boolean): void {
  const named = new Map<string, { root: number; counts: Map<string, number> }[]>();
  // A cluster is named by a real name, not by a date or a capitalised copy of its own description.
  const proper = (cluster: Chain[]) => {
    const heads = new Set(cluster.flatMap((c) => [...c.nominalHeads]));
    return cluster.some((c) => c.names.some((n) => !timeLike(n) && !(heads.has(lemma(n)) && !/\s/.test(n.trim()))));
  };
  members.forEach((m, root) => {
    const cluster = m.map((i) => chains[i]);
    if (m.length === 0 || !proper(cluster)) return;
    for (const story of new Set(cluster.map((c) => storyOf(c.doc)))) {
      const counts = descriptionCounts(cluster.filter((c) => storyOf(c.doc) === story));
      named.set(story, [...(named.get(story) ?? []), { root, counts }]);
    }
  });
  members.forEach((m, root) => {
    const cluster = m.map((i) => chains[i]);
    if (m.length === 0 || proper(cluster) || cluster.some((c) => c.names.some(timeLike))) return;
    // "the detectives" is a group, not the named detective.
    if (cluster[0].type === 'PER' && cluster.some((c) => chainNumber(c) === 'pl')) return;
    const stories = new Set(cluster.map((c) => storyOf(c.doc)));
    if (stories.size !== 1) return;
    const heads = new Set(cluster.flatMap((c) => [...c.nominalHeads]));
    if (heads.size === 0) return;
    const gender = clusterGender(cluster);
    const scored = (named.get([...stories][0]) ?? [])
      .filter((n) => members[n.root].length > 0 && typesCompatible(chains[members[n.root][0]].type, cluster[0].type))
      .map((n) => ({ root: n.root, support: [...heads].reduce((sum, h) => sum + (n.counts.get(h) ?? 0), 0) }))
      .filter((n) => n.support > 0)
      .sort((a, b) => b.support - a.support);
    // No named actor is called by these very words: one called by words near in meaning ("the champion" for the boxer).
    if (scored.length === 0 && cluster[0].type === 'PER') scored.push(...relatedSupport(named.get([...stories][0]) ?? [], heads, members, chains));
    if (scored.length === 0 || (scored[1] && scored[0].support < DESCRIPTION_DOMINANCE * scored[1].support)) return;
    const host = scored[0].root;
    const hostGender = clusterGender(members[host].map((i) => chains[i]));
    if ((gender && hostGender && gender !== hostGender) || !compatible(host, root)) return;
    for (const i of m) owner[i] = host;
    members[host].push(...m);
    members[root] = [];
  });
}

/** Named people ranked by how often they are described with words near in meaning to `heads` (person nouns only). */
function relatedSupport(named: { root: number; counts: Map<string, number> }[], heads: Set<string>, members: number[][], chains: Chain[]): { root: number; support: number }[] {
  const wanted = [...heads].filter(personNoun);
  if (wanted.length === 0) return [];
  return named
    .filter((n) => members[n.root].length > 0 && chains[members[n.root][0]].type === 'PER')
    // Every description of the cluster must be near one the person is called by.
    .filter((n) => wanted.every((h) => [...n.counts.keys()].some((w) => relatedPersonNouns(h, w))))
    .map((n) => ({ root: n.root, support: [...n.counts].reduce((sum, [w, k]) => sum + (wanted.some((h) => relatedPersonNouns(h, w)) ? k : 0), 0) }))
    .filter((n) => n.support > 0)
    .sort((a, b) => b.support - a.support);
}

/** Chains that say exactly the same things (names, descriptions, gender, roles, story) score alike. */
function signature(chain: Chain, story: string): string | null {
  if (chain.names.length === 0 && chain.nominalHeads.size === 0) return null;
  const names = [...new Set(chain.names.map(nameKey))].sort().join(',');
  const heads = [...chain.nominalHeads].sort().join(',');
  const roles = [...new Set(chain.roles.map((r) => r.text.toLowerCase()))].sort().join(',');
  // Names that differ only in their numbers ("$180 million", "$200 million") share a name key.
  const numbers = [...chainNumbers(chain.nodes)].sort().join(',');
  return [story, chain.type, names, heads, chain.gender ?? '', roles, numbers].join('|');
}

/** Kept between runs on the same chains (chain-memo.ts), per story. */
const signatures = new ChainMemo<Map<string, string | null>>();

function signatureOf(chain: Chain, story: string): string | null {
  const byStory = signatures.get(chain, () => new Map());
  let sig = byStory.get(story);
  if (sig === undefined) byStory.set(story, sig = signature(chain, story));
  return sig;
}

/**
 * Kept between runs on the same members (chain-memo.ts): a unit whose members are the same
 * chain objects as before keeps its representative, so the pair verdicts kept on it still apply.
 */
const unitReps = new ChainListMemo<Chain>();

function unitOf(members: Chain[]): Chain {
  const first = members[0];
  if (members.length === 1) return first;
  if (!members.every((c) => Object.isFrozen(c))) return mergedUnit(first, members);
  // Frozen like its members, so that what is kept on it is kept too (chain-memo.ts memoises frozen chains only).
  return unitReps.get(members, () => Object.freeze(mergedUnit(first, members)));
}

function mergedUnit(first: Chain, members: Chain[]): Chain {
  return {
    ...first,
    nodes: members.flatMap((c) => c.nodes),
    names: [...new Set(members.flatMap((c) => c.names))],
    nominalHeads: new Set(members.flatMap((c) => [...c.nominalHeads])),
    nameHeads: new Set(members.flatMap((c) => [...c.nameHeads])),
    roles: members.flatMap((c) => c.roles),
    genderVotes: members.reduce((n, c) => n + (c.genderVotes ?? 0), 0),
    predicates: {
      governing: new Set(members.flatMap((c) => [...(c.predicates?.governing ?? [])])),
      verbs: new Set(members.flatMap((c) => [...(c.predicates?.verbs ?? [])])),
    },
  };
}

/** A unit's context sets, kept on its representative (chain-memo.ts) with the members' contexts they were joined from. */
const unitContexts = new ChainMemo<{ parts: ChainContext[]; document: Set<string>; sentence: Set<string> }[]>();

/** The union of the members' context sets; a lone member's own sets. */
function unitContext(rep: Chain, parts: ChainContext[]): { document: Set<string>; sentence: Set<string> } {
  if (parts.length === 1) return parts[0];
  const held = unitContexts.get(rep, () => []);
  const same = held.find((h) => h.parts.length === parts.length && h.parts.every((p, k) => p === parts[k]));
  if (same) return same;
  const joined = {
    parts,
    document: new Set(parts.flatMap((p) => [...p.document])),
    sentence: new Set(parts.flatMap((p) => [...p.sentence])),
  };
  held.splice(0, held.length, joined);
  return joined;
}

interface Units {
  /** One chain standing for each unit, carrying all its members' mentions. */
  reps: Chain[];
  members: Chain[][];
  cannotLink: Set<string>;
  context: Map<Chain, ChainContext>;
  rarity: Map<string, number>;
}

/**
 * Chains that say the same things are gathered into units (a name repeated in a thousand
 * articles is scored once, not a million times), keeping apart any two chains the text shows
 * to be distinct.
 */
function gatherUnits(input: ClusterInput, storyOf: (doc: string) => string): Units {
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
    const sig = signatureOf(chain, storyOf(chain.doc));
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
  const members = unitList.map((u) => u.chains);
  const reps = members.map(unitOf);
  const repOf = new Map<string, Chain>();
  members.forEach((unit, i) => unit.forEach((c) => repOf.set(chainKey(c), reps[i])));
  const cannotLink = new Set<string>();
  for (const pair of input.cannotLink) {
    const [a, b] = pair.split('|');
    const ra = repOf.get(a);
    const rb = repOf.get(b);
    if (ra && rb && ra !== rb) cannotLink.add(pairKey(chainKey(ra), chainKey(rb)));
  }
  const chainContext = chainContexts(input.chains);
  const rarity = verbRarity(input.chains);
  const context = new Map<Chain, ChainContext>();
  members.forEach((unit, i) => {
    // The sets are the members' alone (kept on the representative); the rarity is this run's.
    const { document, sentence } = unitContext(reps[i], unit.map((c) => chainContext.get(c) ?? EMPTY_CONTEXT));
    context.set(reps[i], { document, sentence, rarity });
  });
  return { reps, members, cannotLink, context, rarity };
}

/** Clusters chains across documents: units first, then the units by their pair scores. */
export function clusterChains(input: ClusterInput): ClusterResult {
  const storyOf = input.storyOf ?? (() => '');
  const units = gatherUnits(input, storyOf);
  const membersOf = new Map(units.reps.map((rep, i) => [rep, units.members[i]]));
  const model = input.model === undefined ? defaultPairModel() : input.model;
  const result = clusterUnits(units.reps, units.cannotLink, units.context, storyOf, model, units.rarity);
  return {
    clusters: result.clusters.map((cluster) => cluster.flatMap((rep) => membersOf.get(rep) ?? [rep])),
    possible: result.possible,
  };
}

/** A blocked candidate pair of units with its features, for training the pair model. */
export interface TrainingPair {
  a: Chain;
  b: Chain;
  /** The member chains of each unit (their mentions carry the gold labels). */
  membersA: Chain[];
  membersB: Chain[];
  x: number[];
  words: string[];
}

/** The unit pairs clustering would score (blocked, not vetoed by a hard constraint), with features. */
export function trainingPairs(input: ClusterInput): TrainingPair[] {
  const storyOf = input.storyOf ?? (() => '');
  const units = gatherUnits(input, storyOf);
  const pairs: TrainingPair[] = [];
  for (const [i, j] of blockedPairs(units.reps, storyOf, units.rarity)) {
    const a = units.reps[i];
    const b = units.reps[j];
    const sameStory = storyOf(a.doc) === storyOf(b.doc);
    const found = pairEvidence(a, b, units.context, sameStory);
    if ('score' in found) continue;
    pairs.push({ a, b, membersA: units.members[i], membersB: units.members[j], x: pairFeatures(a, b, found.ca, found.cb, sameStory, found.name), words: pairWords(a, b) });
  }
  return pairs;
}

function singleDocument(c: Chain): boolean {
  return c.nodes.every((n) => n.doc === c.doc);
}

/** Index pairs sharing a blocking key; two chains of one document were already compared within it. */
function blockedPairs(chains: Chain[], storyOf: (doc: string) => string, rarity: Map<string, number>): [number, number][] {
  const blocks = new Map<string, number[]>();
  chains.forEach((chain, i) => {
    for (const key of blockingKeys(chain, storyOf(chain.doc))) {
      const members = blocks.get(key);
      if (members) members.push(i);
      else blocks.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [key, members] of blocks) {
    const byVerb = key.startsWith('g:') || key.startsWith('r:');
    if (members.length > (byVerb ? MAX_VERB_BLOCK : MAX_BLOCK)) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = Math.min(members[x], members[y]);
        const j = Math.max(members[x], members[y]);
        if (chains[i].doc === chains[j].doc && singleDocument(chains[i]) && singleDocument(chains[j])) continue;
        if (byVerb && chains[i].names.length > 0 && chains[j].names.length > 0) continue;
        const key = i * chains.length + j;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

/**
 * Agglomerative clustering over blocked candidate pairs, best evidence first. A merge is refused
 * when any member of one cluster cannot link with any member of the other: constraints bind
 * whole clusters, so a chain of near-matches cannot carry two known-distinct actors together.
 */
function clusterUnits(chains: Chain[], cannotLink: Set<string>, context: Map<Chain, ChainContext>, storyOf: (doc: string) => string, model: PairModel | null, rarity: Map<string, number>): ClusterResult {
  const sameStory = (x: Chain, y: Chain) => storyOf(x.doc) === storyOf(y.doc);
  const mergeAt = model ? model.merge : MERGE_SCORE;
  const possibleAt = model ? model.possible : POSSIBLE_SCORE;
  const scored = blockedPairs(chains, storyOf, rarity).map(([i, j]) => ({ i, j, evidence: scorePair(chains[i], chains[j], context, sameStory(chains[i], chains[j]), model) }));
  const candidates = scored.filter((p) => p.evidence.score >= possibleAt).sort((p, q) => q.evidence.score - p.evidence.score);

  const owner = chains.map((_, i) => i);
  const members = chains.map((_, i) => [i]);
  const find = (i: number): number => (owner[i] === i ? i : (owner[i] = find(owner[i])));
  // Named people of each cluster, one member per distinct way of naming them (names and titles):
  // the complete-link check compares these, not every member.
  const namedPeople = chains.map((c, i) => (c.type === 'PER' && c.names.length > 0 ? new Map([[personKey(c), i]]) : new Map<string, number>()));
  const agreement = new Map<string, boolean>();
  const namesAgree = (ra: number, rb: number): boolean => {
    for (const [ka, x] of namedPeople[ra]) {
      for (const [kb, y] of namedPeople[rb]) {
        const key = ka < kb ? `${ka}\u0001${kb}` : `${kb}\u0001${ka}`;
        let ok = agreement.get(key);
        if (ok === undefined) {
          ok = peopleNamesAgree(chains[x], chains[y]);
          agreement.set(key, ok);
        }
        if (!ok) return false;
      }
    }
    return true;
  };
  const conflicts = new Set<string>(cannotLink);
  for (const p of scored) if (p.evidence.conflict) conflicts.add(pairKey(chainKey(chains[p.i]), chainKey(chains[p.j])));
  const compatible = (ra: number, rb: number): boolean => {
    for (const i of members[ra]) for (const j of members[rb]) if (conflicts.has(pairKey(chainKey(chains[i]), chainKey(chains[j])))) return false;
    return true;
  };
  const vetoed = (x: Chain, y: Chain): boolean => {
    if (x.doc === y.doc && singleDocument(x) && singleDocument(y)) return false;
    const found = pairEvidence(x, y, context, sameStory(x, y));
    return 'score' in found && found.conflict;
  };
  const cache = new Map<number, PairEvidence>();
  for (const p of scored) cache.set(p.i * chains.length + p.j, p.evidence);
  const evidenceOf = (i: number, j: number): PairEvidence => {
    const key = Math.min(i, j) * chains.length + Math.max(i, j);
    let found = cache.get(key);
    if (!found) {
      found = scorePair(chains[i], chains[j], context, sameStory(chains[i], chains[j]), model);
      cache.set(key, found);
    }
    return found;
  };
  /** Mean pair probability between two clusters; minus one when a pair of them is vetoed. */
  const linkage = (allX: number[], allY: number[]): number => {
    // Large clusters are judged on an even sample of their members, so a merge costs at most
    // LINKAGE_SAMPLE^2 pair scores instead of growing with the square of the corpus.
    const xs = evenSample(allX, LINKAGE_SAMPLE);
    const ys = evenSample(allY, LINKAGE_SAMPLE);
    let sum = 0;
    let n = 0;
    for (const x of xs) {
      for (const y of ys) {
        if (chains[x].doc === chains[y].doc && singleDocument(chains[x]) && singleDocument(chains[y])) continue;
        // Across stories only names can be compared: a description there has no say either way.
        if (!sameStory(chains[x], chains[y]) && (chains[x].names.length === 0 || chains[y].names.length === 0)) continue;
        const e = evidenceOf(x, y);
        if (e.conflict) return -1;
        sum += e.score;
        n++;
      }
    }
    return n === 0 ? 0 : sum / n;
  };
  for (const { i, j, evidence } of candidates) {
    if (evidence.score < mergeAt) break;
    const ra = find(i);
    const rb = find(j);
    if (ra === rb || !compatible(ra, rb)) continue;
    if (genderClash(members[ra].map((k) => chains[k]), members[rb].map((k) => chains[k]))) continue;
    if (!namesAgree(ra, rb)) continue;
    if (model) {
      // Average link: the two clusters as wholes must look like one actor, not just their closest pair.
      if (linkage(members[ra], members[rb]) < mergeAt) continue;
    } else if (members[ra].some((x) => members[rb].some((y) => vetoed(chains[x], chains[y])))) continue;
    owner[rb] = ra;
    members[ra].push(...members[rb]);
    members[rb] = [];
    for (const [k, v] of namedPeople[rb]) namedPeople[ra].set(k, v);
    namedPeople[rb].clear();
  }

  attachUnnamedPeople(chains, members, owner, storyOf);
  attachDescriptions(chains, members, owner, storyOf, compatible);

  const possible: ClusterResult['possible'] = [];
  const reported = new Set<string>();
  for (const { i, j, evidence } of candidates) {
    const ra = find(i);
    const rb = find(j);
    if (ra === rb || evidence.score >= mergeAt || !compatible(ra, rb)) continue;
    const key = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
    if (reported.has(key)) continue;
    reported.add(key);
    possible.push({ a: chains[i], b: chains[j], score: evidence.score, reason: evidence.reason });
  }
  const clusters = members.filter((m) => m.length > 0).map((m) => m.map((i) => chains[i]));
  return { clusters, possible };
}
