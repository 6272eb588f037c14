import { describe, expect, it } from 'vitest';
import type { TokenEntity } from './news-layer.js';
import { datelinePlaces } from './dateline-places.js';

const CITIES = new Set(['rome']);

function typed(sentence: string, tagged: [number, number, TokenEntity['type']][]): string[] {
  const words = sentence.split(' ');
  const entities: TokenEntity[][] = [tagged.map(([start, end, type]) => ({ type, start, end }))];
  datelinePlaces([words], entities, (w) => CITIES.has(w));
  return entities[0].map((e) => `${e.type}${e.cued ? '*' : ''} ${words.slice(e.start, e.end).join(' ')}`);
}

describe('datelines', () => {
  it('reads the names of a dateline in capitals as places, decided for the whole article', () => {
    expect(typed('KESSARY — Talks broke up on Monday .', [[0, 1, 'ORG']])).toEqual(['LOC* KESSARY']);
    expect(typed('PORT VELDEN , Estland — Crews tied up .', [[0, 2, 'ORG'], [3, 4, 'LOC']])).toEqual(['LOC* PORT VELDEN', 'LOC* Estland']);
    expect(typed('ROME — Talks broke up .', [[0, 1, 'ORG']])).toEqual(['LOC* ROME']);
  });

  it('leaves the agency in brackets and everything after the dash alone', () => {
    expect(typed('KESSARY ( Wirenews ) — Dara Venn said .', [[0, 1, 'ORG'], [2, 3, 'ORG'], [5, 7, 'PER']])).toEqual(['LOC* KESSARY', 'ORG Wirenews', 'PER Dara Venn']);
  });

  it('takes no subject set off by a dash, nor initials, for a dateline', () => {
    expect(typed('Dara Venn — who chaired the talks — said little .', [[0, 2, 'PER']])).toEqual(['PER Dara Venn']);
    expect(typed('NATO — the alliance — met .', [[0, 1, 'ORG']])).toEqual(['ORG NATO']);
  });
});
