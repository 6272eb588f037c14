import { describe, expect, it } from 'vitest';
import { differentKindsOfBody } from './cross-doc.js';

describe('organisations of different kinds', () => {
  it('keeps apart bodies whose full names end in different heads, however many words they share', () => {
    expect(differentKindsOfBody(['Varnian Democratic Forces'], ['Varnian Foreign Ministry'])).toBe(true);
    expect(differentKindsOfBody(['Democratic Party'], ['Democratic National Committee'])).toBe(true);
    expect(differentKindsOfBody(['Lisk Harbour Authority'], ['Lisk Harbour Gazette'])).toBe(true);
  });

  it('keeps apart two bodies of one kind whose qualifiers share nothing', () => {
    expect(differentKindsOfBody(['Lisk Board of Trustees'], ['Korvath Board of Regents'])).toBe(true);
    expect(differentKindsOfBody(['Ministry of Health'], ['Ministry of Defence'])).toBe(true);
  });

  it('lets one body under two forms of its name merge', () => {
    expect(differentKindsOfBody(['Korvath Rail Authority'], ['Korvath Rail'])).toBe(false);
    expect(differentKindsOfBody(['New Estmere Rovers'], ['New Estmere'])).toBe(false);
    expect(differentKindsOfBody(['Brennick Shipping Co.'], ['Brennick Shipping'])).toBe(false);
    expect(differentKindsOfBody(['Central Commission for Elections'], ['Central Election Commission'])).toBe(false);
    expect(differentKindsOfBody(['Ministry of Defence'], ['Defence Ministry'])).toBe(false);
  });

  it('says nothing about acronyms, single words, descriptions or coordinations', () => {
    expect(differentKindsOfBody(['KRA'], ['Korvath Rail Authority'])).toBe(false);
    expect(differentKindsOfBody(['Korvath'], ['Korvath Rail Authority'])).toBe(false);
    expect(differentKindsOfBody(['Lisk carmaker Brennick'], ['Brennick Motor Works'])).toBe(false);
    expect(differentKindsOfBody(['Brennick and Korvath'], ['Brennick Motor Works'])).toBe(false);
  });
});

describe('organisations whose names share nothing', () => {
  it('never lets a model merge two named organisations on context alone', async () => {
    const { scorePair } = await import('./cross-doc.js');
    const { FEATURES } = await import('./pairwise/features.js');
    const { buildChains } = await import('./within-doc.js');
    const { doc } = await import('./testing.js');
    // A model that would merge anything it is shown.
    const eager = { features: [...FEATURES], weights: FEATURES.map((f) => (f === 'bias' ? 10 : 0)), words: {}, merge: 0.4, possible: 0.25 };
    const chainOf = (id: string, name: string) => buildChains(doc(id, `${name} laid the cable.`, [[name, 'ORG']]), 0).chains[0];
    const different = scorePair(chainOf('o1', 'Brennick'), chainOf('o2', 'Korvath'), new Map(), true, eager);
    expect(different.score).toBe(0);
    const same = scorePair(chainOf('o1', 'Brennick Telecom'), chainOf('o3', 'Brennick Telecom'), new Map(), true, eager);
    expect(same.score).toBeGreaterThan(0.9);
  });
});
