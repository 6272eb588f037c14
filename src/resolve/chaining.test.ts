import { describe, expect, it } from 'vitest';
import type { Chain } from './chain.js';
import { clusterChains } from './cross-doc.js';
import { doc } from './testing.js';
import { buildChains } from './within-doc.js';

/** The chains of a few one-sentence documents, each naming one person. */
function chainsOf(texts: [string, string][]): Chain[] {
  let next = 0;
  return texts.flatMap(([id, text]) => {
    const names = [...text.matchAll(/[A-Z][a-z]+(?: [A-Z][a-z]+)*/g)].map((m) => m[0]).filter((n) => n !== 'The');
    const built = buildChains(doc(id, text, names.map((n) => [n, 'PER'])), next);
    next += built.chains.length;
    return built.chains;
  });
}

const together = (clusters: Chain[][], x: string, y: string) => clusters.some((c) => c.some((m) => m.names.includes(x)) && c.some((m) => m.names.includes(y)));

describe('cross-document clustering does not chain similar names', () => {
  it('joins A~B and B~C only when A~C holds too (complete link on names)', () => {
    // "Korvani" is the surname of "Omar Korvani"; "Omar Korvanis" shares his given name and a
    // near surname; but a lone "Korvani" and "Omar Korvanis" have only a near spelling between them.
    const chains = chainsOf([['d1', 'Korvani spoke on Monday.'], ['d2', 'Omar Korvani spoke on Monday.'], ['d3', 'Omar Korvanis spoke on Monday.']]);
    const { clusters, possible } = clusterChains({ chains, cannotLink: new Set(), model: null });
    expect(together(clusters, 'Korvani', 'Omar Korvani')).toBe(true);
    expect(together(clusters, 'Korvani', 'Omar Korvanis')).toBe(false);
    expect(possible.length + clusters.length).toBeGreaterThan(1);
  });
  it('keeps lone similar surnames apart across articles, as possible aliases at most', () => {
    const chains = chainsOf([['d1', 'Burr spoke.'], ['d2', 'Barr spoke.'], ['d3', 'Burton spoke.'], ['d4', 'Bauer spoke.']]);
    const { clusters } = clusterChains({ chains, cannotLink: new Set(), model: null });
    for (const [x, y] of [['Burr', 'Barr'], ['Barr', 'Bauer'], ['Burr', 'Burton']]) expect(together(clusters, x, y), `${x} / ${y}`).toBe(false);
  });
  it('never joins two full names with different given names, with the committed model either', () => {
    const chains = chainsOf([['d1', 'Senator Richard Burr voted.'], ['d2', 'Senator William Barr voted.'], ['d3', 'Senator Dan Burton voted.']]);
    const { clusters } = clusterChains({ chains, cannotLink: new Set() });
    expect(together(clusters, 'Richard Burr', 'William Barr')).toBe(false);
    expect(together(clusters, 'Richard Burr', 'Dan Burton')).toBe(false);
  });
});
