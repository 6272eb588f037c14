import { describe, expect, it } from 'vitest';
import type { Dossier, DossierClaim, DossierStory } from '../src/model/dossier.js';
import { allocate, enumerateItems, type Item, itemKey, overlappingJudgments, parseJudgments, sampleItems, tally, wilson } from './judged.js';

const ev = (document: string, start: number, end: number) => ({ document, start, end, text: '' });

/** A dossier with one story: two documents, one conflict, one claim across three publishers. */
function dossier(conflictId: string, claimId: string, flipSides = false): Dossier {
  const sides = [
    { publisher: 'p:a', value: 'Monday', evidence: ev('h1', 10, 40), published: null },
    { publisher: 'p:b', value: 'Tuesday', evidence: ev('h2', 5, 30), published: null },
  ];
  const claim = {
    id: claimId, text: 'x', status: 'corroborated', publishers: ['p:a', 'p:b', 'p:c'],
    evidence: [{ ...ev('h1', 10, 40), publisher: 'p:a' }, { ...ev('h1', 50, 60), publisher: 'p:a' }, { ...ev('h2', 5, 30), publisher: 'p:b' }, { ...ev('h3', 0, 20), publisher: 'p:c' }, { ...ev('h3', 30, 40), publisher: 'p:c' }],
  } as unknown as DossierClaim;
  const story = { id: 's9', documents: ['h1', 'h2', 'h3'], claims: [claim], conflicts: [{ id: conflictId, kind: 'date', about: 'when', sides: flipSides ? [...sides].reverse() : sides }] } as unknown as DossierStory;
  const documents = [['h1', '3_7ecbplus'], ['h2', '3_9ecbplus'], ['h3', '3_1ecbplus']].map(([id, source]) => ({ id, source }));
  return { documents, stories: [story] } as unknown as Dossier;
}

describe('judged items', () => {
  it('keys items by file name and offsets, not by positional ids or side order', () => {
    const a = enumerateItems(dossier('s1:x1', 's1:c1'));
    const b = enumerateItems(dossier('s4:x7', 's4:c2', true));
    expect(a.map((i) => i.key)).toEqual(b.map((i) => i.key));
    expect(a[0].key).toBe('conflict:date|3_7ecbplus@10-40|3_9ecbplus@5-30');
  });

  it('pairs the lead member with the first member of each other publisher', () => {
    const pairs = enumerateItems(dossier('x', 'c')).filter((i) => i.type === 'corroboration');
    expect(pairs.map((p) => p.key)).toEqual([
      itemKey('corroboration', null, [{ doc: '3_7ecbplus', start: 10, end: 40 }, { doc: '3_9ecbplus', start: 5, end: 30 }]),
      itemKey('corroboration', null, [{ doc: '3_7ecbplus', start: 10, end: 40 }, { doc: '3_1ecbplus', start: 0, end: 20 }]),
    ]);
    expect(pairs.every((p) => p.stratum === '3_1ecbplus')).toBe(true);
  });
});

describe('wilson', () => {
  it('matches the textbook interval', () => {
    const w = wilson(50, 100);
    expect(w.low).toBeCloseTo(0.4038, 3);
    expect(w.high).toBeCloseTo(0.5962, 3);
    const none = wilson(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 3);
    expect(wilson(10, 10).high).toBe(1);
  });
});

const items = (stratum: string, count: number): Item[] =>
  Array.from({ length: count }, (_, i) => ({ key: `${stratum}-${i}`, type: 'conflict', kind: stratum, stratum, about: '', sides: [] }));

describe('sampler', () => {
  it('allocates proportionally and exactly n', () => {
    const q = allocate(new Map([['a', 50], ['b', 30], ['c', 20]]), 10);
    expect([...q.values()].reduce((x, y) => x + y, 0)).toBe(10);
    expect(q.get('a')).toBe(5);
    expect(q.get('b')).toBe(3);
    expect(q.get('c')).toBe(2);
  });

  it('takes everything when the population is smaller than n', () => {
    expect(sampleItems([...items('a', 3), ...items('b', 2)], 60, 1)).toHaveLength(5);
  });

  it('is deterministic for a seed, differs across seeds, and keeps its picks when other items come and go', () => {
    const pop = [...items('a', 100), ...items('b', 100)];
    const s1 = sampleItems(pop, 20, 1).map((i) => i.key);
    expect(sampleItems([...pop].reverse(), 20, 1).map((i) => i.key)).toEqual(s1);
    expect(sampleItems(pop, 20, 2).map((i) => i.key)).not.toEqual(s1);
    // Drop ten unsampled items of stratum a: the picks stay, as every stratum keeps its quota.
    const unsampled = pop.filter((i) => i.stratum === 'a' && !s1.includes(i.key)).slice(0, 10).map((i) => i.key);
    const shrunk = pop.filter((i) => !unsampled.includes(i.key));
    const s2 = sampleItems(shrunk, 20, 1).map((i) => i.key);
    expect(s2.filter((k) => s1.includes(k)).length).toBeGreaterThanOrEqual(19);
  });

  it('interleaves strata in judging order', () => {
    const order = sampleItems([...items('a', 50), ...items('b', 50)], 10, 3);
    expect(new Set(order.slice(0, 2).map((i) => i.stratum)).size).toBe(2);
  });
});

describe('judgments', () => {
  it('tallies verdicts and causes over the sample only, and rejects a false verdict without cause', () => {
    const sample = items('date', 3);
    const file = [
      { key: 'date-0', type: 'conflict', kind: 'date', spans: [], verdict: true, note: '' },
      { key: 'date-1', type: 'conflict', kind: 'date', spans: [], verdict: false, cause: 'different-event', note: '' },
      { key: 'gone', type: 'conflict', kind: 'date', spans: [], verdict: true, note: '' },
    ].map((j) => JSON.stringify(j)).join('\n');
    const t = tally(sample, new Map(parseJudgments(file).map((j) => [j.key, j])));
    expect([t.sampled, t.judged, t.true]).toEqual([3, 2, 1]);
    expect(t.falseByCause.get('different-event')).toBe(1);
    expect(() => parseJudgments('{"key":"k","verdict":false}')).toThrow(/cause/);
  });
});

describe('overlapping judgments', () => {
  it('offers an earlier verdict when the engine moves the evidence inside the same sentences', () => {
    const item: Item = { key: 'conflict:date|a@10-20|b@5-9', type: 'conflict', kind: 'date', stratum: 'date', about: '', sides: [{ doc: 'a', start: 10, end: 20, publisher: 'p', value: null }, { doc: 'b', start: 5, end: 9, publisher: 'q', value: null }] };
    const earlier = { key: 'conflict:date|a@0-40|b@0-30', type: 'conflict' as const, kind: 'date', spans: [{ doc: 'a', start: 0, end: 40 }, { doc: 'b', start: 0, end: 30 }], verdict: true, note: '' };
    const otherKind = { ...earlier, key: 'x', kind: 'number' };
    const oneSideOnly = { ...earlier, key: 'y', spans: [{ doc: 'a', start: 0, end: 40 }, { doc: 'c', start: 0, end: 30 }] };
    expect(overlappingJudgments(item, [earlier, otherKind, oneSideOnly]).map((j) => j.key)).toEqual([earlier.key]);
  });
});
