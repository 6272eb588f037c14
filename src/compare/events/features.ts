import type { EventCorefConfig } from './config.js';
import type { EventMention } from './mention.js';
import { compareEventsInto, type EventComparison } from './score.js';
import { broaderNoun, broaderVerb, sharedNounSense, sharedVerbSense } from './predicate.js';

/**
 * The mention-pair features the learned link model (pair-model.ts) weighs. Each is a plain
 * reading of one kind of evidence: how the predicates relate, whether the participants, time
 * and place agree or clash, where the two mentions sit, and how much of their sentences'
 * setting they share. Names are stored with the weights, so a model trained on another list
 * is refused instead of misread.
 */
export const EVENT_PAIR_FEATURES = [
  'bias',
  'same-lemma',
  'same-class',
  'shared-sense',
  'derivation',
  'hypernym',
  'role-agreements',
  'shared-participant',
  'role-clashes',
  'role-swap',
  'same-time',
  'time-clash',
  'same-place',
  'different-place',
  'both-general',
  'same-document',
  'same-sentence',
  'same-lemma-same-document',
  'context-words',
  'context-entities',
  'noun-and-verb',
  'without-annotation',
  'negation-differs',
  'lemma-spread',
  'unrelated-predicates',
  'both-nouns',
  'general-agreements',
  'general-context',
  'context-near',
  'noun-synonym',
  'noun-hypernym',
  'both-in-lead',
] as const;

/**
 * What a story says about its predicates: how many of its documents use each trigger lemma. The
 * event a story is about is named in most of its documents, and its mentions corefer; a lemma in
 * one or two documents more often names a side event (a past arrest, another fire).
 */
export interface StorySetting {
  documents: number;
  lemmaDocuments: Map<string, number>;
}

export function storySetting(mentions: EventMention[]): StorySetting {
  const docsOf = new Map<string, Set<string>>();
  for (const m of mentions) (docsOf.get(m.lemma) ?? docsOf.set(m.lemma, new Set()).get(m.lemma)!).add(m.doc);
  return { documents: new Set(mentions.map((m) => m.doc)).size, lemmaDocuments: new Map([...docsOf].map(([l, d]) => [l, d.size])) };
}

/** Share of the story's documents that use the rarer of the two lemmas. */
function lemmaSpread(a: EventMention, b: EventMention, setting: StorySetting | null): number {
  if (!setting || setting.documents === 0) return 0;
  const n = (l: string) => setting.lemmaDocuments.get(l) ?? 1;
  return Math.min(n(a.lemma), n(b.lemma)) / setting.documents;
}

/**
 * Sparse lexical features: the shared lemma of a same-lemma pair, and each side's lemma. Some
 * predicates corefer far less often than others ("say" least: each statement is its own event);
 * training keeps only lemmas seen in several topics, so no weight belongs to one story.
 */
export function eventPairWords(a: EventMention, b: EventMention): string[] {
  if (a.lemma === b.lemma) return [`same:${a.lemma}`, `x:${a.lemma}`];
  return [`x:${a.lemma}`, `x:${b.lemma}`];
}

export type EventPairFeature = (typeof EVENT_PAIR_FEATURES)[number];

/**
 * A mention's context keys of one prefix, as listed and, once a long list is first looked into,
 * as a set: pair scoring reads them for every candidate pair.
 */
interface PrefixKeys {
  list: string[];
  set: Set<string> | null;
}

/** Lists up to this long are searched in place: building a set for them cost more than it saved. */
const SCAN_MAX_KEYS = 8;

type ContextPrefix = 'w:' | 'e:' | 'n:';
const [W, E, N, COLON] = ['w', 'e', 'n', ':'].map((c) => c.charCodeAt(0));

/** Each context's keys split by prefix, in one pass, once per context (a mention and its copies share one). */
const contextByPrefix = new WeakMap<string[], Record<ContextPrefix, PrefixKeys>>();

function prefixKeys(context: string[], prefix: ContextPrefix): PrefixKeys {
  let byPrefix = contextByPrefix.get(context);
  if (!byPrefix) {
    const lists: Record<ContextPrefix, string[]> = { 'w:': [], 'e:': [], 'n:': [] };
    // The prefix read off the first two characters (a letter and ":"), not tried one by one.
    for (const k of context) {
      if (k.charCodeAt(1) !== COLON) continue;
      const first = k.charCodeAt(0);
      if (first === W) lists['w:'].push(k);
      else if (first === E) lists['e:'].push(k);
      else if (first === N) lists['n:'].push(k);
    }
    const keys = (list: string[]): PrefixKeys => ({ list, set: null });
    contextByPrefix.set(context, (byPrefix = { 'w:': keys(lists['w:']), 'e:': keys(lists['e:']), 'n:': keys(lists['n:']) }));
  }
  return byPrefix[prefix];
}

/** Dice overlap of the keys with one prefix ("w:" words, "e:" entities). */
function overlap(a: string[], b: string[], prefix: ContextPrefix): number {
  const inA = prefixKeys(a, prefix).list;
  const inB = prefixKeys(b, prefix);
  let shared = 0;
  if (inB.list.length <= SCAN_MAX_KEYS) {
    for (const k of inA) if (inB.list.includes(k)) shared++;
  } else {
    const set = (inB.set ??= new Set(inB.list));
    for (const k of inA) if (set.has(k)) shared++;
  }
  const total = inA.length + inB.list.length;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The one-hot readings of how two predicates relate, shared: pair scoring reads one for every candidate pair. */
const FLAGS: readonly (readonly number[])[] = [[1, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 1, 0], [0, 0, 0, 0, 1], [0, 0, 0, 0, 0]];
const NOUN_RELATIONS: readonly (readonly number[])[] = [[1, 0], [0, 1], [0, 0]];

/** How the two predicates relate, as one-hot flags in feature order (same lemma first: the strongest reading wins). */
function predicateFlags(a: EventMention, b: EventMention): readonly number[] {
  const pa = a.predicate;
  const pb = b.predicate;
  if (pa.lemma === pb.lemma) return FLAGS[0];
  if (pa.cls !== null && pa.cls === pb.cls) return FLAGS[1];
  if (sharedVerbSense(pa, pb)) return pa.pos === pb.pos ? FLAGS[2] : FLAGS[3];
  return broaderVerb(pa, pb) ? FLAGS[4] : FLAGS[5];
}

/**
 * Nouns related through their own noun senses, when nothing stronger relates the two predicates:
 * a separate reading, since a kind of ("Oscar" / "award") links nouns more often than a kind of
 * action links verbs ("shoot" / "kill").
 */
function nounRelation(a: EventMention, b: EventMention, flags: readonly number[]): readonly number[] {
  if (flags !== FLAGS[5]) return NOUN_RELATIONS[2];
  if (sharedNounSense(a.predicate, b.predicate)) return NOUN_RELATIONS[0];
  return broaderNoun(a.predicate, b.predicate) ? NOUN_RELATIONS[1] : NOUN_RELATIONS[2];
}

/** Sentences at the start of a document that make up its lead (cross-validated on ECB+ topics 1-35: 1, 2, 4, 6, 10 tried; 4 best). */
const LEAD_SENTENCES = 4;

/** How many of the names are among the roles (agent, patient, recipient). */
function roleCount(names: readonly string[]): number {
  let n = 0;
  for (const x of names) if (x === 'agent' || x === 'patient' || x === 'recipient') n++;
  return n;
}

/** One pair's comparison, overwritten by each pair read (feature reading never nests). */
const comparison: EventComparison = { predicate: 0, agreements: [], clashes: [], score: 0 };

/** The feature vector of a mention pair, in `EVENT_PAIR_FEATURES` order. */
export function eventPairFeatures(a: EventMention, b: EventMention, config: EventCorefConfig, setting: StorySetting | null = null): number[] {
  return Array.from(eventPairFeaturesInto(new Float64Array(EVENT_PAIR_FEATURES.length), a, b, config, setting));
}

/**
 * `eventPairFeatures` written into `out` (at least `EVENT_PAIR_FEATURES.length` long) and returned:
 * clustering scores every candidate pair of a story, and a new array per pair was much of its garbage.
 */
export function eventPairFeaturesInto(out: Float64Array, a: EventMention, b: EventMention, config: EventCorefConfig, setting: StorySetting | null = null): Float64Array {
  const c = compareEventsInto(comparison, a, b, config);
  const flags = predicateFlags(a, b);
  const roleAgreements = roleCount(c.agreements);
  const roleClashes = roleCount(c.clashes);
  const participant = c.agreements.includes('participant') ? 1 : 0;
  const samePlace = c.agreements.includes('place');
  const sameDocument = a.doc === b.doc ? 1 : 0;
  const general = a.predicate.general && b.predicate.general ? 1 : 0;
  const contextWords = overlap(a.context, b.context, 'w:');
  const nouns = nounRelation(a, b, flags);
  let k = 0;
  out[k++] = 1;
  for (const f of flags) out[k++] = f;
  out[k++] = roleAgreements;
  out[k++] = participant;
  out[k++] = roleClashes;
  out[k++] = c.clashes.includes('role-swap') ? 1 : 0;
  out[k++] = c.agreements.includes('time') ? 1 : 0;
  out[k++] = c.clashes.includes('time') ? 1 : 0;
  out[k++] = samePlace ? 1 : 0;
  out[k++] = a.place && b.place && !samePlace ? 1 : 0;
  out[k++] = general;
  out[k++] = sameDocument;
  out[k++] = sameDocument && a.sentence === b.sentence && a.sentence >= 0 ? 1 : 0;
  out[k++] = sameDocument * flags[0];
  out[k++] = contextWords;
  out[k++] = overlap(a.context, b.context, 'e:');
  out[k++] = a.pos !== b.pos && a.pos !== 'other' && b.pos !== 'other' ? 1 : 0;
  out[k++] = a.token < 0 || b.token < 0 ? 1 : 0;
  out[k++] = a.negated !== b.negated ? 1 : 0;
  out[k++] = lemmaSpread(a, b, setting);
  out[k++] = flags === FLAGS[5] ? 1 : 0;
  out[k++] = a.pos === 'noun' && b.pos === 'noun' ? 1 : 0;
  // Two "said" are one statement only by their arguments: the same speaker, the same setting.
  out[k++] = general * (roleAgreements + participant);
  out[k++] = general * contextWords;
  out[k++] = overlap(a.context, b.context, 'n:');
  out[k++] = nouns[0];
  out[k++] = nouns[1];
  // A report's opening sentences tell the event it is about: two reports' leads tell the same one.
  out[k++] = a.doc !== b.doc && a.sentence >= 0 && b.sentence >= 0 && a.sentence < LEAD_SENTENCES && b.sentence < LEAD_SENTENCES ? 1 : 0;
  return out;
}
