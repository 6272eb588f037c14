import type { Chain } from '../chain.js';
import type { NameContext } from '../names/person-match.js';
import { compareNames } from '../names/similarity.js';
import { personNoun, relatedPersonNouns } from '../noun-meaning.js';
import { verbOf } from '../predicates.js';

/** What an actor is seen with: other entities named in its articles, and the words of the mentions beside it. */
export interface ChainContext {
  /** Name keys of the other chains of its document. */
  document: Set<string>;
  /** Head lemmas of the other mentions in the sentences it is mentioned in. */
  sentence: Set<string>;
  /** Rarity of each verb among the documents clustered together (see verbRarity). */
  rarity?: Map<string, number>;
}

export interface NameEvidence {
  score: number;
  reason: string;
  conflict: boolean;
  /** Two people's names are a near spelling lacking the evidence it needs (a possible alias). */
  unsure?: boolean;
}

const TIME_WORDS = /^(?:on|in|at|by|of|early|late|last|next|this|the|a|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|morning|afternoon|evening|night|today|yesterday|tomorrow|week|month|year|day|[\d,.:\-/]+|a\.?m\.?|p\.?m\.?)$/i;

/** "Thursday", "June 24, 2005": a date is not an actor, and the same weekday in two stories is two days. */
export function timeLike(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => TIME_WORDS.test(w));
}

export function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** The best name comparison over the two chains' spellings; any conflicting pair vetoes. */
export function nameEvidence(a: Chain, b: Chain, context: NameContext = {}): NameEvidence {
  const person = a.type === 'PER' && b.type === 'PER';
  let best: NameEvidence = { score: 0, reason: 'no name match', conflict: false };
  for (const x of new Set(a.names)) {
    for (const y of new Set(b.names)) {
      const cmp = compareNames(x, y, person, context);
      if (cmp.conflict) return { score: 0, reason: `${x} / ${y}: ${cmp.reason}`, conflict: true };
      if (cmp.score > best.score) best = { score: cmp.score, reason: `${x} / ${y}: ${cmp.reason}`, conflict: false, unsure: cmp.unsure };
    }
  }
  return best;
}

/** Feature names, in vector order: the model file stores its weights under these names. */
export const FEATURES = [
  'bias',
  'both_named', 'name_score', 'name_strong', 'name_score_per', 'name_score_cross_story',
  'one_named', 'neither_named',
  'shared_description', 'description_of_name', 'shared_head',
  'same_story', 'same_document', 'same_type',
  'person', 'place', 'other_type', 'time_like',
  'doc_context', 'sentence_context', 'sentence_jaccard', 'sentence_context_unnamed',
  'gender_agrees', 'shared_role', 'size',
  'same_role_same_verb', 'same_role_same_verb_unnamed', 'shared_verbs', 'shared_verbs_unnamed',
  'related_description',
] as const;

/** Rarity beyond this says no more: a verb in one article of a topic is as telling as it gets. */
const RARITY_CAP = 3;

/**
 * The most widespread verb the two chains fill the same position of, 0 when none, 1 for a verb in
 * every document: the verb a whole story uses is its event's ("kill", "enter"), and the actors in
 * one role of it tend to be one actor across the story's articles.
 */
export function sameRoleSameVerb(a: Chain, b: Chain, rarity: Map<string, number> | undefined): number {
  let best = 0;
  const theirs = b.predicates?.governing;
  if (!theirs) return 0;
  for (const g of a.predicates?.governing ?? []) {
    if (theirs.has(g)) best = Math.max(best, 1 - Math.min(RARITY_CAP, rarity?.get(verbOf(g)) ?? RARITY_CAP) / RARITY_CAP + 0.1);
  }
  return Math.min(1, best);
}

/** The rarity-weighted count of verbs the two chains' sentences share. */
export function sharedVerbs(a: Chain, b: Chain, rarity: Map<string, number> | undefined): number {
  let sum = 0;
  const theirs = b.predicates?.verbs;
  if (!theirs) return 0;
  for (const v of a.predicates?.verbs ?? []) if (theirs.has(v)) sum += Math.min(RARITY_CAP, rarity?.get(v) ?? 1);
  return Math.log1p(sum);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const shared = sharedCount(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function heads(chain: Chain): Set<string> {
  const all = new Set(chain.nameHeads);
  for (const h of chain.nominalHeads) all.add(h);
  return all;
}

/** The person nouns a chain is described by: its descriptions and the words written before its names ("boxer X"). */
export function descriptionWords(chain: Chain): string[] {
  const out = new Set(chain.nominalHeads);
  for (const name of chain.names) {
    const before = /^((?:[a-z][\w'-]*\s+)+)[A-Z]/.exec(name.replace(/^(?:the|a|an)\s+/i, ''));
    for (const w of before?.[1].trim().split(/\s+/) ?? []) out.add(w);
  }
  return [...out].filter(personNoun);
}

function relatedDescriptions(a: Chain, b: Chain): boolean {
  const wb = descriptionWords(b);
  return descriptionWords(a).some((x) => wb.some((y) => x !== y && relatedPersonNouns(x, y)));
}

function roleWords(chain: Chain): Set<string> {
  return new Set(chain.roles.flatMap((r) => r.text.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length > 3));
}

/**
 * The evidence about a chain pair as numbers for the pairwise model. `name` is the pair's name
 * evidence when both are named (computed once by the caller, which also needs its conflicts).
 */
export function pairFeatures(a: Chain, b: Chain, ca: ChainContext, cb: ChainContext, sameStory: boolean, name: NameEvidence | null): number[] {
  const bothNamed = a.names.length > 0 && b.names.length > 0;
  const named = (a.names.length > 0 ? 1 : 0) + (b.names.length > 0 ? 1 : 0);
  const nameScore = bothNamed && name ? name.score : 0;
  const place = (t: string) => t === 'LOC' || t === 'GPE' || t === 'FAC';
  const person = a.type === 'PER' && b.type === 'PER';
  const sentenceShared = sharedCount(ca.sentence, cb.sentence);
  const roleVerb = sameRoleSameVerb(a, b, ca.rarity);
  const verbs = sharedVerbs(a, b, ca.rarity);
  const f: number[] = [
    1,
    bothNamed ? 1 : 0,
    nameScore,
    nameScore >= 0.82 ? 1 : 0,
    person ? nameScore : 0,
    sameStory ? 0 : nameScore,
    named === 1 ? 1 : 0,
    named === 0 ? 1 : 0,
    sharedCount(a.nominalHeads, b.nominalHeads) > 0 ? 1 : 0,
    sharedCount(a.nameHeads, b.nominalHeads) + sharedCount(a.nominalHeads, b.nameHeads) > 0 ? 1 : 0,
    sharedCount(heads(a), heads(b)) > 0 ? 1 : 0,
    sameStory ? 1 : 0,
    a.doc === b.doc ? 1 : 0,
    a.type === b.type ? 1 : 0,
    person ? 1 : 0,
    place(a.type) && place(b.type) ? 1 : 0,
    !person && !(place(a.type) && place(b.type)) ? 1 : 0,
    [...a.names, ...b.names].some(timeLike) ? 1 : 0,
    Math.log1p(sharedCount(ca.document, cb.document)),
    Math.log1p(sentenceShared),
    jaccard(ca.sentence, cb.sentence),
    named === 2 ? 0 : Math.log1p(sentenceShared),
    a.gender && b.gender && a.gender === b.gender ? 1 : 0,
    sharedCount(roleWords(a), roleWords(b)) > 0 ? 1 : 0,
    Math.log1p(Math.min(a.nodes.length, b.nodes.length)),
    roleVerb,
    named === 2 ? 0 : roleVerb,
    verbs,
    named === 2 ? 0 : verbs,
    person && sharedCount(heads(a), heads(b)) === 0 && relatedDescriptions(a, b) ? 1 : 0,
  ];
  return f;
}

const MAX_DESCRIPTORS = 6;

function descriptors(chain: Chain): string[] {
  const own = [...chain.nominalHeads].sort().slice(0, MAX_DESCRIPTORS);
  if (chain.names.length > 0) own.push(`<name ${chain.type}>`);
  return own;
}

/**
 * Word pairs the two chains are described by ("attorney|lawyer", "gun|weapon", "<name PER>|star"):
 * the model learns which descriptions name one thing from the training topics, where no
 * spelling could tell.
 */
export function pairWords(a: Chain, b: Chain): string[] {
  const words = new Set<string>();
  for (const x of descriptors(a)) for (const y of descriptors(b)) words.add(x < y ? `${x}|${y}` : `${y}|${x}`);
  return [...words];
}
