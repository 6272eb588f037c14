import { describe, expect, it } from 'vitest';
import { prefilterStories, type PrefilterInput } from './story-prefilter.js';
import type { StoryIndexTerms } from './story-keys.js';

const index = (terms: string[], keys: string[] = []): StoryIndexTerms => ({ keys, terms });

/** A pile of 1,000 documents where every term is carried by 10. */
function input(over: Partial<PrefilterInput>): PrefilterInput {
  return { fresh: new Map(), stored: new Map(), stories: [], required: new Set(), df: () => 10, documents: 1_000, top: 1, ...over };
}

const fresh = new Map([['new', index(['e:harbour authority', 'l:strike', 'l:dock', 'l:wage'], ['b:1', 'n:harbour authority'])]]);
const stored = new Map([
  ['d1', index(['e:harbour authority', 'l:strike', 'l:dock'])],
  ['d2', index(['l:strike', 'l:wage', 'l:union'])],
  ['d3', index(['e:city council', 'l:budget', 'l:vote'])],
  ['d4', index(['e:city council', 'l:tax', 'l:strike'])],
  ['d5', index(['e:city council'], ['b:1'])],
]);
const docks = { id: 's-docks', documents: ['d1', 'd2'] };
const budget = { id: 's-budget', documents: ['d3', 'd4'] };

describe('prefilterStories', () => {
  it('loads the stories a new article comes nearest, and leaves the others as stored', () => {
    const result = prefilterStories(input({ fresh, stored, stories: [budget, docks] }));
    expect(result.load.map((s) => s.id)).toEqual(['s-docks']);
    expect(result.skipped.map((s) => s.id)).toEqual(['s-budget']);
    expect(result.scores.get('s-docks')).toBeGreaterThan(result.scores.get('s-budget')!);
    expect(result.ranks.get('s-budget')).toBe(1);
  });

  it('keeps each new article its own nearest stories', () => {
    const second = new Map([...fresh, ['new2', index(['e:city council', 'l:budget'])]]);
    const result = prefilterStories(input({ fresh: second, stored, stories: [budget, docks] }));
    expect(result.load.map((s) => s.id)).toEqual(['s-budget', 's-docks']);
  });

  it('weighs a word every document carries as nearly nothing', () => {
    const one = [{ id: 's', documents: ['d2'] }];
    const rare = prefilterStories(input({ fresh, stored, stories: one })).scores.get('s')!;
    const common = prefilterStories(input({ fresh, stored, stories: one, df: (t) => (t === 'l:strike' || t === 'l:wage' ? 990 : 10) })).scores.get('s')!;
    expect(common).toBeLessThan(rare / 10);
  });

  it('always loads a story holding a touched document, one sharing a MinHash band, and one it cannot score', () => {
    const result = prefilterStories(input({
      fresh, stored, top: 0, required: new Set(['s-holding']),
      stories: [
        { id: 's-holding', documents: ['d3'] },
        { id: 's-band', documents: ['d5'] },
        { id: 's-unindexed', documents: ['d9'] },
        docks,
      ],
    }));
    expect(result.load.map((s) => s.id)).toEqual(['s-holding', 's-band', 's-unindexed']);
    expect(result.scores.get('s-band')).toBe(Infinity);
  });
});
