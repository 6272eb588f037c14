import { describe, expect, it } from 'vitest';
import type { Corpus, Entity } from '../model/corpus.js';
import { doc } from './testing.js';
import { retypeStoryPlaces } from './story-place-types.js';

/** A corpus with its entities given: one entity per listed (doc, mention text). */
function corpus(docs: ReturnType<typeof doc>[], entities: { id: string; type: Entity['type']; refs: [string, string][] }[], stories: string[][]): Corpus {
  const mentionEntity = new Map<string, string>();
  const out: Entity[] = entities.map((e) => ({
    id: e.id, type: e.type, name: e.refs[0][1], aliases: [], roles: [],
    mentions: e.refs.map(([d, text]) => {
      const index = docs.find((x) => x.id === d)!.layers.mentions!.findIndex((m) => m.text === text);
      mentionEntity.set(`${d}:${index}`, e.id);
      return { doc: d, index };
    }),
  }));
  return { documents: docs, entities: out, mentionEntity, stories: stories.map((documents, i) => ({ id: `s${i + 1}`, title: '', documents })) } as Corpus;
}

describe('place types across the articles of a story', () => {
  const a = doc('a', 'Floodwater reached the village of Marazia on Monday.', [['Marazia', 'LOC']]);
  const b = doc('b', 'Marazia was cut off for two days, residents said.', [['Marazia', 'PER']]);

  it('makes a name one article calls a village a place in the other articles of its story', () => {
    const c = corpus([a, b], [{ id: 'e1', type: 'LOC', refs: [['a', 'Marazia']] }, { id: 'e2', type: 'PER', refs: [['b', 'Marazia']] }], [['a', 'b']]);
    expect(retypeStoryPlaces(c)).toBe(1);
    expect(c.entities!.map((e) => e.id)).toEqual(['e1']);
    expect(c.mentionEntity!.get('b:0')).toBe('e1');
    expect(b.layers.mentions![0].type).toBe('LOC');
  });

  it('leaves the name alone in another story, and a person with more than the bare name', () => {
    const c = corpus([a, b], [{ id: 'e1', type: 'LOC', refs: [['a', 'Marazia']] }, { id: 'e2', type: 'PER', refs: [['b', 'Marazia']] }], [['a'], ['b']]);
    expect(retypeStoryPlaces(c)).toBe(0);
    const d = doc('d', 'Tomas Marazia said the road was cut.', [['Tomas Marazia', 'PER']]);
    const c2 = corpus([a, d], [{ id: 'e1', type: 'LOC', refs: [['a', 'Marazia']] }, { id: 'e3', type: 'PER', refs: [['d', 'Tomas Marazia']] }], [['a', 'd']]);
    expect(retypeStoryPlaces(c2)).toBe(0);
  });

  it('needs the cue: a place name no article calls a settlement retypes nothing', () => {
    const plain = doc('p', 'Floodwater reached Marazia on Monday.', [['Marazia', 'LOC']]);
    const c = corpus([plain, b], [{ id: 'e1', type: 'LOC', refs: [['p', 'Marazia']] }, { id: 'e2', type: 'PER', refs: [['b', 'Marazia']] }], [['p', 'b']]);
    expect(retypeStoryPlaces(c)).toBe(0);
  });
});
