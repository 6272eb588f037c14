import { describe, expect, it } from 'vitest';
import type { TokenEntity } from './news-layer.js';
import { addUnknownPlaces } from './unknown-places.js';

const COMMON = new Set(['damage', 'engineers', 'spring']);

function placesIn(sentence: string, tagged: [number, number][] = []): string[] {
  const words = sentence.split(' ');
  const entities: TokenEntity[][] = [tagged.map(([start, end]) => ({ type: 'ORG', start, end }))];
  addUnknownPlaces([words], entities, (w) => COMMON.has(w));
  return entities[0].filter((e) => e.type === 'LOC').map((e) => words.slice(e.start, e.end).join(' '));
}

describe('places the tagger has never seen', () => {
  it('reads an untyped capitalised word after "in" or "near" as a place', () => {
    expect(placesIn('Engineers met in Kessary to inspect the damage .')).toEqual(['Kessary']);
    expect(placesIn('a camp near Vel Harun .')).toEqual(['Vel Harun']);
  });

  it('leaves months, common words, what the tagger typed and longer unknown phrases alone', () => {
    expect(placesIn('They met in June .')).toEqual([]);
    expect(placesIn('Rains came in Spring .')).toEqual([]);
    expect(placesIn('Engineers met in Kessary Water Board offices .', [[3, 6]])).toEqual([]);
    expect(placesIn('They met in Kessary HQ .')).toEqual([]);
  });
});
