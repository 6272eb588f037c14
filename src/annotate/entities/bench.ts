import { seededRandom } from './hashing.js';
import { loadNerModel } from './tagger.js';

const NAMES = ['Maria Lopez', 'Tomas Berg', 'Anna Kowalski', 'Omar Haddad', 'Lena Fischer', 'Kenji Sato'];
const PLACES = ['Lisbon', 'Nairobi', 'Oslo', 'Lima', 'Hanoi', 'Tbilisi'];
const ORGS = ['the World Health Organization', 'Northwind Corp', 'the National Assembly', 'Acme Bank'];
const FRAMES = [
  'P said on Monday that O would open an office in L .',
  'Officials in L told reporters that P had met the delegation from O .',
  'The talks between P and P ended without agreement , a spokesman for O said .',
  'Prices rose 3.5 percent in L last month , according to O .',
];

/** A deterministic news-like document written here, so the benchmark needs no data set. */
export function benchDocument(sentences: number, seed = 7): string[][] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const out: string[][] = [];
  for (let i = 0; i < sentences; i++) {
    const words: string[] = [];
    for (const slot of pick(FRAMES).split(' ')) {
      const fill = slot === 'P' ? pick(NAMES) : slot === 'L' ? pick(PLACES) : slot === 'O' ? pick(ORGS) : slot;
      words.push(...fill.split(' '));
    }
    out.push(words);
  }
  return out;
}

/** Tagging throughput of the committed model on one core (features, Viterbi, consistency). */
export function benchTagger(tokens = 300_000): { tokens_per_s: number; tokens: number; seconds: number } {
  const model = loadNerModel();
  const docs: string[][][] = [];
  let count = 0;
  for (let seed = 1; count < tokens; seed++) {
    const doc = benchDocument(30, seed);
    docs.push(doc);
    for (const s of doc) count += s.length;
  }
  for (const doc of docs.slice(0, 20)) model.tagDocument(doc); // warm the JIT
  const t0 = process.hrtime.bigint();
  for (const doc of docs) model.tagDocument(doc);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { tokens_per_s: Math.round(count / seconds), tokens: count, seconds };
}
