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

describe('a pile of political news with similar surnames', () => {
  it('gives no person entity two full names with unrelated surnames', async () => {
    const { resolveCorpus } = await import('./component.js');
    const texts: [string, string][] = [
      ['p1', 'Senator Richard Burr said the committee would meet. Burr added that Attorney General William Barr was invited. Barr declined.'],
      ['p2', 'Attorney General William Barr testified. Barr said Senator Burr had asked for the files.'],
      ['p3', 'Representative Dan Burton held a hearing. Burton questioned Senator Mike Braun. Braun answered.'],
      ['p4', 'Senator Mike Braun and Senator Sherrod Brown spoke. Brown said Braun was wrong. Senator Richard Burr agreed with Brown.'],
      ['p5', 'Bob Barr, a former congressman, said Barr would run again. Senator Gary Peters disagreed with Peters of Ohio, Scott Peters.'],
      ['p6', 'Barr spoke to reporters on Monday.'],
      ['p7', 'Bauer spoke to reporters on Monday.'],
      ['p8', 'Senator Burton spoke to reporters on Monday.'],
    ];
    const names = ['Senator Richard Burr', 'Attorney General William Barr', 'Representative Dan Burton', 'Senator Mike Braun', 'Senator Sherrod Brown', 'Senator Burr', 'Senator Gary Peters', 'Scott Peters', 'Bob Barr', 'Senator Burton', 'Burr', 'Barr', 'Bauer', 'Burton', 'Braun', 'Brown', 'Peters'];
    const corpus = { documents: texts.map(([id, text]) => doc(id, text, names.map((n) => [n, 'PER']))) };
    resolveCorpus(corpus);
    for (const e of corpus.entities ?? []) {
      const surnames = new Set(e.aliases.filter((a) => a.split(' ').length >= 2 && !/^Senator \w+$/.test(a)).map((a) => a.split(' ').slice(-1)[0]));
      expect(surnames.size, `${e.name}: ${e.aliases.join(', ')}`).toBeLessThanOrEqual(1);
    }
    const burr = corpus.entities!.find((e) => e.aliases.includes('Senator Richard Burr'))!;
    for (const other of ['Barr', 'Bauer', 'Burton', 'Senator Burton', 'William Barr']) expect(burr.aliases).not.toContain(other);
  });
});
