import { describe, expect, it } from 'vitest';
import { syntheticCorpus, variantSpelling } from '../../bench/synthetic-corpus.js';

/** The article's own words: the body paragraphs of a text record, the <p> paragraphs of a page. */
function bodyWords(record: { text?: string; html?: string }): number {
  const paragraphs = record.text
    ? record.text.split('\n\n').slice(1)
    : [...record.html!.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]);
  return paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
}

describe('syntheticCorpus with real-length articles', () => {
  const corpus = syntheticCorpus(120, 5, { length: 'real' });

  it('writes articles of real news length, a publication time for each', () => {
    expect(corpus.records).toHaveLength(120);
    expect(corpus.published).toHaveLength(120);
    const words = corpus.records.map(bodyWords).sort((a, b) => a - b);
    expect(words[0]).toBeGreaterThanOrEqual(450);
    expect(words[words.length - 1]).toBeLessThanOrEqual(1000);
    const median = words[words.length >> 1];
    expect(median).toBeGreaterThan(550);
    for (const p of corpus.published) expect(Number.isNaN(Date.parse(p))).toBe(false);
  });

  it('tells each story through several outlets over several days, some as syndicated copies', () => {
    expect(corpus.stories).toBeGreaterThan(10);
    expect(corpus.stories).toBeLessThan(40);
    expect(corpus.copies).toBeGreaterThan(0);
    const credits = corpus.records.filter((r) => (r.text ?? r.html)!.includes('This article originally appeared on'));
    expect(credits).toHaveLength(corpus.copies);
    const days = new Set(corpus.published.map((p) => p.slice(0, 10)));
    expect(days.size).toBeGreaterThan(corpus.stories);
  });

  it('is the same corpus for the same seed, and the short default is unchanged by the option', () => {
    expect(syntheticCorpus(30, 5, { length: 'real' }).records).toEqual(syntheticCorpus(30, 5, { length: 'real' }).records);
    expect(syntheticCorpus(30, 5).records).toEqual(syntheticCorpus(30, 5, { length: 'wire' }).records);
    expect(syntheticCorpus(30, 5).records).not.toEqual(syntheticCorpus(30, 5, { length: 'real' }).records);
  });
});

describe('variantSpelling', () => {
  it('spells a surname another way, keeping its capital', () => {
    expect(variantSpelling('Kavelmi')).toBe('Cavelmi');
    expect(variantSpelling('Shintes')).toBe('Chintes');
    expect(variantSpelling('Dorani')).toBe('Dorany');
    for (const name of ['Kavelmi', 'Tesran', 'Bardel', 'Zi']) expect(variantSpelling(name)).not.toBe(name);
  });
});
