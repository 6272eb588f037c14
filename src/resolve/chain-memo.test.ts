import { describe, expect, it, vi } from 'vitest';
import type { Chain } from './chain.js';
import { ChainListMemo, ChainMemo, ChainPairMemo } from './chain-memo.js';
import { clusterChains } from './cross-doc.js';
import { doc } from './testing.js';
import { buildChains } from './within-doc.js';

/** Name comparisons the resolver asks for (the costly part of a pair's verdict), counted. */
const nameComparisons = vi.hoisted(() => ({ count: 0 }));
vi.mock('./pairwise/features.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./pairwise/features.js')>();
  return { ...original, nameEvidence: (...args: Parameters<typeof original.nameEvidence>) => { nameComparisons.count++; return original.nameEvidence(...args); } };
});

const chain = (doc: string, id: number): Chain => Object.freeze({ id, doc, type: 'PER', nodes: [], names: [], nominalHeads: new Set(), nameHeads: new Set(), roles: [] });

describe('values kept on chain objects', () => {
  it('computes a chain\'s value once, and an ordered pair\'s once', () => {
    const [a, b] = [chain('d1', 0), chain('d2', 0)];
    const memo = new ChainMemo<number>();
    let calls = 0;
    expect(memo.get(a, () => ++calls)).toBe(1);
    expect(memo.get(a, () => ++calls)).toBe(1);
    expect(memo.get(b, () => ++calls)).toBe(2);
    const pairs = new ChainPairMemo<string | undefined>();
    expect(pairs.get(a, b, () => 'ab')).toBe('ab');
    expect(pairs.get(a, b, () => 'again')).toBe('ab');
    expect(pairs.get(b, a, () => 'ba')).toBe('ba');
    // An undefined value is kept too, not computed at every call.
    expect(pairs.get(b, b, () => undefined)).toBeUndefined();
    expect(pairs.get(b, b, () => 'computed again')).toBeUndefined();
  });

  it('uses a list\'s value again only for the very same chains in the same order', () => {
    const [a, b, c] = [chain('d1', 0), chain('d1', 1), chain('d1', 2)];
    const memo = new ChainListMemo<string>();
    expect(memo.get([a, b], () => 'ab')).toBe('ab');
    expect(memo.get([a, b], () => 'again')).toBe('ab');
    expect(memo.get([a, c], () => 'ac')).toBe('ac');
    expect(memo.get([b, a], () => 'ba')).toBe('ba');
    // A copy of a chain (a document annotated again) is another chain.
    expect(memo.get([Object.freeze({ ...a }), b], () => 'copy')).toBe('copy');
  });

  it('keeps nothing for a chain that is not frozen (it could still change)', () => {
    const open: Chain = { ...chain('d1', 0) };
    const memo = new ChainMemo<number>();
    let calls = 0;
    memo.get(open, () => ++calls);
    expect(memo.get(open, () => ++calls)).toBe(2);
    const pairs = new ChainPairMemo<number>();
    pairs.get(open, chain('d2', 0), () => ++calls);
    expect(pairs.get(open, chain('d2', 0), () => ++calls)).toBe(4);
  });
});

/** The chains of one-sentence documents naming people, frozen as the document cache keeps them. */
function chainsOf(texts: [string, string][]): Chain[] {
  return texts.flatMap(([id, text]) => {
    const names = [...text.matchAll(/[A-Z][a-z]+(?: [A-Z][a-z]+)*/g)].map((m) => m[0]);
    return buildChains(doc(id, text, names.map((n) => [n, 'PER'])), 0).chains.map((c) => Object.freeze(c));
  });
}

const TEXTS: [string, string][] = [
  ['d1', 'Omar Korvani met Lena Stoll in the morning.'], ['d2', 'Omar Korvani spoke with Lena Stoll.'],
  ['d3', 'Lena Stoll answered Omar Korvani.'], ['d4', 'Pavel Drach left before Lena Stoll arrived.'],
];
const named = (clusters: Chain[][]) => clusters.map((c) => c.map((m) => `${m.doc}#${m.id}:${m.names.join('/')}`).sort().join(' ')).sort();

describe('cross-document clustering over chains it clustered before', () => {
  it('gives what it gives over fresh chains, run after run', () => {
    const chains = chainsOf(TEXTS);
    const first = clusterChains({ chains, cannotLink: new Set() });
    const again = clusterChains({ chains, cannotLink: new Set() });
    const fresh = clusterChains({ chains: chainsOf(TEXTS), cannotLink: new Set() });
    expect(named(again.clusters)).toEqual(named(first.clusters));
    expect(named(fresh.clusters)).toEqual(named(first.clusters));
    expect(again.possible.map((p) => [p.score, p.reason])).toEqual(fresh.possible.map((p) => [p.score, p.reason]));
  });

  it('judges a pair of chains once, and new chain objects (a document annotated again) anew', () => {
    const chains = chainsOf([['d1', 'Omar Korvani spoke.'], ['d2', 'Korvani spoke.'], ['d3', 'Pavel Drach spoke.']]);
    const before = nameComparisons.count;
    const first = clusterChains({ chains, cannotLink: new Set(), model: null });
    const judged = nameComparisons.count;
    expect(judged).toBeGreaterThan(before);
    const again = clusterChains({ chains, cannotLink: new Set(), model: null });
    expect(nameComparisons.count).toBe(judged);
    expect(named(again.clusters)).toEqual(named(first.clusters));
    clusterChains({ chains: chainsOf([['d1', 'Omar Korvani spoke.'], ['d2', 'Korvani spoke.'], ['d3', 'Pavel Drach spoke.']]), cannotLink: new Set(), model: null });
    expect(nameComparisons.count).toBe(judged + (judged - before));
  });
});
