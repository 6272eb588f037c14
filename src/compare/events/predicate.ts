import { actionClass, eventNounClass } from '../actions.js';
import { eventNounVerbSenses, verbSensesOf } from '../wordnet.js';
import { synset, wordSenses } from '../../annotate/tokens/wordnet.js';
import { LIGHT_VERBS, SPEECH_VERBS } from '../../claims/lexicon.js';
import type { EventCorefConfig } from './config.js';

export type TriggerPos = 'verb' | 'noun' | 'other';

/**
 * What a trigger's predicate means, computed once per (lemma, part of speech) and shared by every
 * mention with that trigger: pair scoring then compares small integer lists, never WordNet.
 */
export interface PredicateMeaning {
  lemma: string;
  pos: TriggerPos;
  /** Hand-made action class (src/compare/actions.ts); a verb outside every class is its own; null for a noun in none. */
  cls: string | null;
  /** Frequent verb senses: the verb's own, or those an eventive noun derives from. */
  senses: number[];
  /** Direct hypernyms of `senses`. */
  broader: number[];
  /**
   * A noun trigger's own frequent noun senses ("quake" and "temblor" share one) and their direct
   * hypernyms ("Oscar" is a kind of "award"): nouns that name one happening without a verb behind them.
   */
  nounSenses: number[];
  nounBroader: number[];
  /** A speech or light verb ("said", "is"): shares its lemma with unrelated events. */
  general: boolean;
  /** The subject undergoes the event ("Smith died"): it fills the patient role, as the object of "killed" does. */
  undergoer: boolean;
}

/**
 * An event and the state it brings about are reported as one happening ("was killed" / "died" /
 * "is dead"): both sides share the result's class. A small hand-made English list.
 */
const RESULT_OF: Record<string, string> = {
  kill: 'die', slay: 'die', murder: 'die', assassinate: 'die', execute: 'die', die: 'die', perish: 'die', dead: 'die', death: 'die',
};
/** Result predicates whose subject undergoes them. */
const UNDERGOER_PREDICATES = new Set(['die', 'perish', 'dead']);

/** Noun senses a trigger's own meaning is read from: WordNet orders senses by frequency, and rarer ones link unrelated nouns. */
const NOUN_SENSES = 2;

const meanings = new Map<string, PredicateMeaning>();

export function predicateMeaning(lemma: string, pos: TriggerPos): PredicateMeaning {
  const key = `${pos}:${lemma}`;
  let m = meanings.get(key);
  if (m) return m;
  const l = lemma.toLowerCase();
  let cls: string | null;
  let senses: number[];
  let broader: number[];
  if (pos === 'verb') {
    const v = verbSensesOf(l);
    // A verb outside every class is its own class, which only the same lemma shares.
    cls = actionClass(l);
    senses = v.senses;
    broader = v.broader;
  } else {
    cls = eventNounClass(l);
    senses = eventNounVerbSenses(l);
    broader = senses.flatMap((s) => synset('verb', s).hypernyms);
  }
  cls = RESULT_OF[l] ?? cls;
  const nounSenses = pos === 'verb' ? [] : wordSenses('noun', l).slice(0, NOUN_SENSES);
  const nounBroader = nounSenses.flatMap((s) => synset('noun', s).hypernyms);
  m = { lemma: l, pos, cls, senses, broader, nounSenses, nounBroader, general: LIGHT_VERBS.has(l) || SPEECH_VERBS.has(l), undergoer: UNDERGOER_PREDICATES.has(l) };
  meanings.set(key, m);
  return m;
}

const keysOf = new WeakMap<PredicateMeaning, string[]>();

/**
 * Keys two predicates share whenever `predicateSimilarity` can be above zero: for blocking
 * candidate pairs. Built once per meaning (meanings are shared by every mention of a lemma); the
 * array is shared too, so callers must not change it.
 */
export function predicateKeys(p: PredicateMeaning): string[] {
  let keys = keysOf.get(p);
  if (!keys) keysOf.set(p, (keys = keysFor(p)));
  return keys;
}

function keysFor(p: PredicateMeaning): string[] {
  const keys = [`l:${p.lemma}`];
  if (p.cls) keys.push(`c:${p.cls}`);
  for (const s of p.senses) keys.push(`s:${s}`);
  for (const s of p.broader) keys.push(`s:${s}`);
  for (const s of p.nounSenses) keys.push(`n:${s}`);
  for (const s of p.nounBroader) keys.push(`n:${s}`);
  return [...new Set(keys)];
}

function intersects(a: number[], b: number[]): boolean {
  // An indexed loop: clustering asks for every candidate pair, and an iterator per call was garbage.
  for (let i = 0; i < a.length; i++) if (b.includes(a[i])) return true;
  return false;
}

/** The two share a frequent verb sense (their own, or the one an eventive noun derives from). */
export const sharedVerbSense = (a: PredicateMeaning, b: PredicateMeaning): boolean => intersects(a.senses, b.senses);
/** One's verb sense is a direct hypernym of the other's ("shoot" is a way to "kill"). */
export const broaderVerb = (a: PredicateMeaning, b: PredicateMeaning): boolean => intersects(a.senses, b.broader) || intersects(b.senses, a.broader);
/** Two nouns share one of their own senses ("quake" / "temblor"). */
export const sharedNounSense = (a: PredicateMeaning, b: PredicateMeaning): boolean => intersects(a.nounSenses, b.nounSenses);
/** One noun's sense is a direct hypernym of the other's ("Oscar" is a kind of "award"). */
export const broaderNoun = (a: PredicateMeaning, b: PredicateMeaning): boolean => intersects(a.nounSenses, b.nounBroader) || intersects(b.nounSenses, a.nounBroader);

/** How strongly two predicates name one kind of event, by the best evidence they share. */
export function predicateSimilarity(a: PredicateMeaning, b: PredicateMeaning, config: EventCorefConfig): number {
  if (a.lemma === b.lemma) return config.sameLemma;
  if (a.cls !== null && a.cls === b.cls) return config.synonym;
  if (sharedVerbSense(a, b)) return a.pos === b.pos ? config.synonym : config.derivation;
  if (sharedNounSense(a, b)) return config.synonym;
  if (broaderVerb(a, b) || broaderNoun(a, b)) return config.hypernym;
  return 0;
}
