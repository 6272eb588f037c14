/**
 * Writes the name-pair set (eval/names/pairs.tsv) from the lists beside it: distinct real people
 * whose surnames are spelled alike (people.ts), the same surnames under other given names from the
 * project's first-name lexicon, and true variant pairs (variants.ts). Deterministic: the same lists
 * give the same file. Run after `npx tsc`: node dist/eval/names/compose.js [out]
 *
 * The lists grew once by a second batch (the sections marked "stop 12" in people.ts and
 * variants.ts), written before the matcher was changed for it; composing adds pairs without
 * changing any earlier one, so that batch's figure is the eval run on the rows the first file
 * lacks.
 */
import { writeFileSync } from 'node:fs';
import { FIRST_NAMES } from '../../src/annotate/entities/lexicon/first-names.js';
import { PEOPLE } from './people.js';
import { VARIANTS } from './variants.js';

export interface NamePair {
  a: string;
  b: string;
  label: 'same' | 'different';
  kind: string;
  context: string;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length];
}

/** The surname as a reader sees it: the last word, lowercased, diacritics folded. */
function surname(name: string): string {
  const words = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\bjr\.?$/, '').trim().split(/[\s-]+/);
  return words[words.length - 1];
}

function given(name: string): string {
  return name.split(/\s+/)[0];
}

/**
 * Spelled alike, judged without the matcher under test: at most two edits apart (one for short
 * names), or one the other plus an ending ("Peters", "Peterson").
 */
export function spelledAlike(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 3) return false;
  const d = levenshtein(a, b);
  if (d <= (Math.min(a.length, b.length) <= 4 ? 1 : 2)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

/** A stable hash of a pair, for a split that does not depend on the order of the lists. */
export function pairHash(a: string, b: string): number {
  const text = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

export function composePairs(): NamePair[] {
  const out: NamePair[] = [];
  const seen = new Set<string>();
  const add = (p: NamePair) => {
    const key = [p.a, p.b].sort().join('\u0000') + `\u0000${p.context}`;
    if (p.a === p.b || seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  const people = [...new Map(PEOPLE.map(([n, r]) => [n, r])).entries()];
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const [a, ra] = people[i];
      const [b, rb] = people[j];
      const sa = surname(a);
      const sb = surname(b);
      const title = ra === rb ? `title=${ra}` : '';
      if (sa === sb) {
        // Two people of one surname (Tim Scott, Rick Scott): the given names must tell them apart.
        if (given(a) !== given(b)) add({ a, b, label: 'different', kind: 'same-surname', context: title });
        continue;
      }
      if (!spelledAlike(sa, sb)) continue;
      add({ a, b, label: 'different', kind: 'similar-surname', context: [title, 'same_story'].filter(Boolean).join(';') });
      const lone = (n: string) => n.split(/\s+/).slice(-1)[0];
      add({ a: lone(a), b: lone(b), label: 'different', kind: 'similar-surname-alone', context: '' });
      add({ a, b: lone(b), label: 'different', kind: 'full-and-similar-surname', context: title });
    }
  }
  // The similar surnames again under two given names from the project's lexicon. (One given name
  // on both sides is left to the real pairs above: a composed "Ann Burr"/"Ann Barr" names no one,
  // and the same given name is evidence the matcher may use.)
  const surnames = [...new Set(people.map(([n]) => n.split(/\s+/).slice(-1)[0]))].filter((s) => /^[A-Z][a-z]+$/.test(s));
  const firsts = [...new Set(FIRST_NAMES)].filter((f) => /^[A-Z][a-z]+$/.test(f));
  for (let i = 0; i < surnames.length; i++) {
    for (let j = i + 1; j < surnames.length; j++) {
      const sa = surnames[i].toLowerCase();
      const sb = surnames[j].toLowerCase();
      if (!spelledAlike(sa, sb)) continue;
      const h = pairHash(sa, sb);
      const fa = firsts[h % firsts.length];
      const fb = firsts[(h >>> 8) % firsts.length];
      if (fa !== fb) add({ a: `${fa} ${surnames[i]}`, b: `${fb} ${surnames[j]}`, label: 'different', kind: 'composed-similar-surname', context: 'same_story' });
    }
  }
  for (const [a, b, kind, context] of VARIANTS) add({ a, b, label: 'same', kind, context: context ?? '' });
  return out;
}

/** Half the pairs, by hash, are held out: rules are tuned on the other half only. */
export function heldOut(p: { a: string; b: string }): boolean {
  return pairHash(p.a, p.b) % 2 === 1;
}

function main(): void {
  const path = process.argv[2] ?? 'eval/names/pairs.tsv';
  const pairs = composePairs();
  const lines = ['a\tb\tlabel\tkind\tcontext\tsplit', ...pairs.map((p) => [p.a, p.b, p.label, p.kind, p.context, heldOut(p) ? 'test' : 'tune'].join('\t'))];
  writeFileSync(path, `${lines.join('\n')}\n`);
  const count = (label: string, split: string) => pairs.filter((p) => p.label === label && (heldOut(p) ? 'test' : 'tune') === split).length;
  process.stdout.write(`${pairs.length} pairs: different ${count('different', 'tune')} tune + ${count('different', 'test')} test, same ${count('same', 'tune')} tune + ${count('same', 'test')} test -> ${path}\n`);
}

if (process.argv[1]?.endsWith('compose.js')) main();
