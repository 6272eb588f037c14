import { LIGHT_VERBS } from '../claims/lexicon.js';
import { synset, wordSenses } from '../annotate/tokens/wordnet.js';

/**
 * WordNet for what the hand-made action classes do not list: two verbs that share a sense or
 * where one sense is the other's direct hypernym ("laud" is a way to "praise"), and the verbs an
 * eventive noun derives from ("the ouster" / "ousted"). Only the most frequent senses count: a
 * rare sense makes almost any two verbs synonyms.
 */
const SENSES = 3;
/** Lexicographer files of nouns that name acts and events (noun.act, noun.event). */
const EVENT_NOUN_FILES = new Set([4, 11]);
/** Verbs too general to say two sentences report one action ("made", "moved", "caused"). */
const GENERAL_VERBS = new Set([...LIGHT_VERBS, 'make', 'take', 'give', 'put', 'set', 'cause', 'change', 'move', 'act', 'use', 'see', 'show', 'say', 'tell', 'think', 'know', 'find', 'turn', 'run', 'hold', 'bring', 'leave']);

/** A verb's frequent senses and their direct hypernyms, computed once per predicate: alignment compares many pairs. */
export interface VerbSenses {
  senses: number[];
  broader: number[];
}

/** The frequent senses of a verb that can say two sentences report one action (none for over-general verbs). */
function actionSenses(verb: string): number[] {
  const l = verb.toLowerCase();
  return GENERAL_VERBS.has(l) ? [] : wordSenses('verb', l).slice(0, SENSES);
}

const verbSenses = new Map<string, VerbSenses>();

/** A verb's `VerbSenses`, read from WordNet once per lemma and shared: callers must not change them. */
export function verbSensesOf(verb: string): VerbSenses {
  const key = verb.toLowerCase();
  let v = verbSenses.get(key);
  if (!v) {
    const senses = actionSenses(key);
    verbSenses.set(key, (v = { senses, broader: senses.flatMap((s) => synset('verb', s).hypernyms) }));
  }
  return v;
}

/** Two verbs name one action: a shared frequent sense, or one's sense is the other's direct hypernym. */
export function sharesSense(a: VerbSenses, b: VerbSenses): boolean {
  // Indexed loops: alignment asks for every predicate pair of every pair of views, and an
  // iterator per loop was garbage.
  for (let i = 0; i < a.senses.length; i++) if (b.senses.includes(a.senses[i]) || b.broader.includes(a.senses[i])) return true;
  for (let j = 0; j < b.senses.length; j++) if (a.broader.includes(b.senses[j])) return true;
  return false;
}

/** `sharesSense` on two lemmas. */
export function sameVerbSense(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || sharesSense(verbSensesOf(a), verbSensesOf(b));
}

const nounSenses = new Map<string, number[]>();

/** Verb senses an eventive noun derives from ("withdrawal" -> withdraw), empty for other nouns. */
export function eventNounVerbSenses(noun: string): number[] {
  const key = noun.toLowerCase();
  let out = nounSenses.get(key);
  if (out) return out;
  out = [];
  for (const s of wordSenses('noun', key).slice(0, SENSES)) {
    const syn = synset('noun', s);
    if (EVENT_NOUN_FILES.has(syn.lexFile)) out.push(...syn.derivedVerbs);
  }
  nounSenses.set(key, out);
  return out;
}

/** Whether an eventive noun names the action of a verb ("the ouster" and "ousted"). */
export function nounNamesVerb(noun: string, verb: string): boolean {
  const derived = eventNounVerbSenses(noun);
  return derived.length > 0 && actionSenses(verb).some((s) => derived.includes(s));
}

/**
 * The WordNet lexicographer file of a noun's most frequent sense (4 noun.act, 10
 * noun.communication, 11 noun.event, ...), or null when WordNet lacks the noun. A compound
 * written solid that WordNet spells with a hyphen ("ceasefire" / "cease-fire") is looked up as such.
 */
export function firstNounSenseFile(lemma: string): number | null {
  const word = lemma.toLowerCase();
  let senses = wordSenses('noun', word);
  for (let i = 2; senses.length === 0 && /^\p{L}+$/u.test(word) && i <= word.length - 2; i++) senses = wordSenses('noun', `${word.slice(0, i)}-${word.slice(i)}`);
  return senses.length > 0 ? synset('noun', senses[0]).lexFile : null;
}
