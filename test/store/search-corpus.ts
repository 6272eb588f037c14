import type { Document } from '../../src/model/document.js';
import type { Dossier } from '../../src/model/dossier.js';
import { annotatedDocument, dossierOf } from './fixtures.js';

/** A deterministic pseudo-random stream, so the corpus is the same at every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // xorshift32: exact in 32-bit integers, so the stream never collapses into a short cycle.
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

/** Made-up words: a vocabulary of `n` syllable pairs, none of them English. */
function vocabulary(n: number, next: () => number): string[] {
  const syllables = ['ka', 'ro', 'mi', 'tel', 'van', 'dor', 'si', 'lu', 'bre', 'zan', 'quo', 'fen', 'gir', 'hal', 'nop', 'us'];
  const words = new Set<string>();
  while (words.size < n) {
    words.add(Array.from({ length: 2 + Math.floor(next() * 2) }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
  }
  return [...words];
}

/**
 * `count` documents of about 300 made-up words each, in stories of 20, with ten claims per
 * document and two named people per story: a corpus big enough that a scan would show.
 */
export function searchCorpus(count: number): { docs: Document[]; dossier: Dossier; words: string[] } {
  const next = random(17);
  const words = vocabulary(2000, next);
  const pick = () => words[Math.floor(next() ** 2 * words.length)];
  const docs = Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: 300 }, pick).join(' ');
    return annotatedDocument(`Orlan Vessic ${i} reported ${body}.`, { title: `Dispatch ${i}: ${pick()} ${pick()}`, published: `2031-01-${String((i % 28) + 1).padStart(2, '0')}` });
  });
  const dossier = dossierOf(docs);
  const template = dossier.stories[0];
  dossier.stories = [];
  for (let s = 0; s * 20 < docs.length; s++) {
    const members = docs.slice(s * 20, s * 20 + 20);
    const ev = (d: Document) => ({ document: d.id, start: 0, end: 5, text: d.text.slice(0, 5), sentence: { start: 0, end: 40, text: d.text.slice(0, 40) } });
    dossier.stories.push({
      ...template,
      id: `story-${s}`,
      title: `Story ${s}: ${pick()} and ${pick()}`,
      documents: members.map((d) => d.id),
      publishers: members.map((d, i) => ({ id: `p${i}`, name: `outlet ${i}`, original: d.id, copies: [] })),
      entities: [
        { id: `person-${s}`, type: 'PER', name: `Tamsin al-Orrel${s}`, aliases: [`Tamsin al-Orrel${s}`, `Orrel${s}`], roles: [], mentions: members.map(ev) },
        { id: `place-${s}`, type: 'LOC', name: `Vask${s}`, aliases: [`Vask${s}`], roles: [], mentions: members.map(ev) },
      ],
      claims: members.flatMap((d, i) => Array.from({ length: 10 }, (_, k) => ({
        ...template.claims[0], id: `c${i}-${k}`, text: Array.from({ length: 12 }, pick).join(' '),
        evidence: [{ ...ev(d), publisher: `p${i}` }],
      }))),
      conflicts: [],
    });
  }
  return { docs, dossier, words };
}
