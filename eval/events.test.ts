import { describe, expect, it } from 'vitest';
import { type GoldEvent, oracleClusters, tokenRanges } from './events.js';
import { bareEventMention, candidatePairs } from '../src/compare/events/index.js';
import type { EcbDocument } from './ecbplus.js';

describe('tokenRanges', () => {
  it('finds gold tokens in the rebuilt article text, quotes straightened and the URL line skipped', () => {
    const tokens = ['http://example.org/x', '``', 'We', 'won', "''", ',', 'she', 'said', '.'].map((text, i) => ({ id: i + 1, sentence: i === 0 ? 0 : 1, text }));
    const ecb = { name: 't_1ecb', topic: 't', subtopic: 't', tokens, mentions: [], events: [] } as EcbDocument;
    const text = '"We won", she said.';
    const ranges = tokenRanges(ecb, text);
    expect(ranges.has(1)).toBe(false);
    expect(text.slice(...ranges.get(4)!)).toBe('won');
    expect(text.slice(...ranges.get(5)!)).toBe('"');
    expect(text.slice(...ranges.get(8)!)).toBe('said');
  });
});

describe('oracleClusters', () => {
  /** A gold event of one document: its mention is bare, with `lemma` as its predicate. */
  const event = (id: string, doc: string, gold: string, lemma: string): GoldEvent => ({
    gold: { id, tag: 'ACTION_OCCURRENCE', tokens: [], gold, annotatedSentence: true },
    topic: '1',
    mention: bareEventMention(doc, { start: 0, end: lemma.length }, lemma, id),
  });

  it('links gold-coreferent pairs only among the pairs offered, and only within one story', () => {
    const events = [event('a', 'd1', 'g1', 'fire'), event('b', 'd2', 'g1', 'fire'), event('c', 'd3', 'g1', 'blaze'), event('d', 'd4', 'g1', 'fire'), event('e', 'd2', 'g2', 'fire')];
    const storyOf = (doc: string) => (doc === 'd4' ? 's2' : 's1');
    const keyed = (story: GoldEvent[]) => candidatePairs(story.map((e) => e.mention));
    const sorted = (c: string[][]) => c.map((x) => [...x].sort()).sort((x, y) => x[0].localeCompare(y[0]));
    // "blaze" shares no predicate key with "fire"; "d" sits in another story; "e" is another event.
    expect(sorted(oracleClusters(events, storyOf, keyed))).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
  });
});
