import { describe, expect, it } from 'vitest';
import type { Corpus, Story } from '../model/corpus.js';
import type { Document } from '../model/document.js';
import { assignEntityIds, assignStoryIds, newStoryId } from './corpus-ids.js';
import { nameKey } from './name-key.js';

const story = (id: string, documents: string[]): Story => ({ id, title: id, documents });

describe('story ids kept across runs', () => {
  it('keeps the id of a story that gains new documents, however many', () => {
    const stories = [story('s1', ['a', 'x', 'y', 'z']), story('s2', ['c', 'd'])];
    const redirects = assignStoryIds(stories, [{ id: 's-a', documents: ['a'] }, { id: 's-cd', documents: ['c', 'd'] }]);
    expect(stories.map((s) => s.id)).toEqual(['s-a', 's-cd']);
    expect(redirects).toEqual([]);
  });

  it('gives a split-off part a new id and the larger part the old one', () => {
    const stories = [story('s1', ['a', 'b', 'c']), story('s2', ['d'])];
    assignStoryIds(stories, [{ id: 's-old', documents: ['a', 'b', 'c', 'd'] }]);
    expect(stories[0].id).toBe('s-old');
    expect(stories[1].id).toBe(newStoryId(['d']));
  });

  it('keeps the larger id of a merge and redirects the absorbed one', () => {
    const stories = [story('s1', ['a', 'b', 'c', 'd'])];
    const redirects = assignStoryIds(stories, [{ id: 's-small', documents: ['d'] }, { id: 's-big', documents: ['a', 'b', 'c'] }]);
    expect(stories[0].id).toBe('s-big');
    expect(redirects).toEqual([{ kind: 'story', from: 's-small', to: 's-big' }]);
  });

  it('opens a new story under an id no stored story overlapping less than the threshold can give', () => {
    const stories = [story('s1', ['a', 'b', 'c'])];
    const redirects = assignStoryIds(stories, [{ id: 'p', documents: ['a'] }, { id: 'q', documents: ['b'] }, { id: 'r', documents: ['c'] }]);
    expect(stories[0].id).toBe(newStoryId(['a', 'b', 'c']));
    expect(redirects.map((r) => r.from).sort()).toEqual(['p', 'q', 'r']);
  });

  it('never gives a new story the id of a stored one, even when it regains the documents that one was opened with', () => {
    const grown = newStoryId(['a']);
    const stories = [story('s1', ['b', 'c']), story('s2', ['a'])];
    assignStoryIds(stories, [{ id: grown, documents: ['a', 'b', 'c'] }]);
    expect(stories[0].id).toBe(grown);
    expect(stories[1].id).not.toBe(grown);
    expect(stories[1].id).toMatch(/^s-[0-9a-f]{12}$/);
  });
});

describe('entity ids kept across runs', () => {
  const doc = (id: string, spans: [number, number][]): Document => ({
    id, source: id, format: 'text', text: 'x'.repeat(100), contentHash: id,
    meta: {} as Document['meta'],
    layers: { mentions: spans.map(([start, end], i) => ({ id: `m${i}`, type: 'PER' as const, text: 'Name', start, end })) },
  });

  it('renames entities, their mentions and possible aliases to the stored ids that held their mentions', () => {
    const corpus: Corpus = {
      documents: [doc('d1', [[0, 4], [10, 14]]), doc('d2', [[5, 9]])],
      entities: [
        { id: 'e1', type: 'PER', name: 'A', aliases: [], roles: [], mentions: [{ doc: 'd1', index: 0 }, { doc: 'd2', index: 0 }] },
        { id: 'e2', type: 'PER', name: 'B', aliases: [], roles: [], mentions: [{ doc: 'd1', index: 1 }] },
      ],
      mentionEntity: new Map([['d1:0', 'e1'], ['d2:0', 'e1'], ['d1:1', 'e2']]),
      possibleAliases: [{ a: 'e1', b: 'e2', score: 0.5, reason: 'test' }],
    };
    const redirects = assignEntityIds(corpus, [
      { entity: 'e-anna', doc: 'd1', start: 0, end: 4 },
      { entity: 'e-gone', doc: 'd2', start: 5, end: 9 },
    ]);
    expect(corpus.entities!.map((e) => e.id)).toEqual(['e-anna', expect.stringMatching(/^e-[0-9a-f]{12}$/)]);
    expect(corpus.mentionEntity!.get('d2:0')).toBe('e-anna');
    expect(corpus.possibleAliases![0]).toMatchObject({ a: 'e-anna', b: corpus.entities![1].id });
    expect(redirects).toEqual([{ kind: 'entity', from: 'e-gone', to: 'e-anna' }]);
  });

  describe('an actor already stored with another story', () => {
    const person = (id: string, name: string, aliases: string[] = []) => ({ id, type: 'PER' as const, name, aliases, roles: [], mentions: [{ doc: 'd9', index: 0 }] });
    const run = (entities: Corpus['entities']): Corpus => ({ documents: [doc('d9', [[0, 4]])], entities, mentionEntity: new Map([['d9:0', entities![0].id]]) });
    const stored = (id: string, name: string, type = 'PER') => ({ id, type, name, keys: [nameKey(name).key] });

    it('keeps the stored id when the name key and the person-name matcher agree', () => {
      const corpus = run([person('e1', 'Tomas Rieck', ['Rieck'])]);
      assignEntityIds(corpus, [], [stored('e-rieck', 'Tomas Rieck'), stored('e-vell', 'Vell', 'LOC')]);
      expect(corpus.entities![0].id).toBe('e-rieck');
      expect(corpus.mentionEntity!.get('d9:0')).toBe('e-rieck');
    });

    it('gives a new id when the names meet on a key but name two people, or when two stored actors could be it', () => {
      const other = run([person('e1', 'Anja Rieck', ['Rieck'])]);
      assignEntityIds(other, [], [{ id: 'e-rieck', type: 'PER', name: 'Tomas Rieck', keys: ['tomas rieck', 'rieck'] }]);
      expect(other.entities![0].id).toMatch(/^e-[0-9a-f]{12}$/);
      expect(other.entities![0].id).not.toBe('e-rieck');

      const twice = run([person('e1', 'Tomas Rieck')]);
      assignEntityIds(twice, [], [stored('e-a', 'Tomas Rieck'), stored('e-b', 'Tomas Rieck')]);
      expect(['e-a', 'e-b']).not.toContain(twice.entities![0].id);
    });

    it('leaves a namesake the run loaded to the resolver, which kept the two apart', () => {
      const corpus = run([person('e1', 'Tomas Rieck'), { ...person('e2', 'Tomas Rieck'), mentions: [{ doc: 'd9', index: 1 }] }]);
      corpus.documents = [doc('d9', [[0, 4], [10, 14]])];
      assignEntityIds(corpus, [{ entity: 'e-rieck', doc: 'd9', start: 10, end: 14 }], [stored('e-rieck', 'Tomas Rieck')]);
      expect(corpus.entities!.map((e) => e.id)).toEqual([expect.not.stringMatching(/^e-rieck$/), 'e-rieck']);
    });
  });
});
