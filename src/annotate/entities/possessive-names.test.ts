import { describe, expect, it } from 'vitest';
import type { TokenEntity } from './news-layer.js';
import { joinPluralPossessives } from './possessive-names.js';
import { entityMentions } from './component.js';
import { annotateDocument } from '../../pipeline/analyze.js';
import { ingestRecord } from '../../ingest/record.js';

function joined(sentence: string, tagged: [number, number, TokenEntity['type']][]): string[] {
  const words = sentence.split(' ');
  const entities: TokenEntity[][] = [tagged.map(([start, end, type]) => ({ type, start, end }))];
  joinPluralPossessives([words], entities);
  return entities[0].map((e) => `${e.type} ${words.slice(e.start, e.end).join(' ')}`);
}

describe('names with a plural possessive inside', () => {
  it('joins a name cut at its plural possessive with the name after it', () => {
    expect(joined("The Kessary Fishers ' Guild met .", [[1, 3, 'ORG'], [4, 5, 'MISC']])).toEqual(['ORG Kessary Fishers \' Guild']);
    expect(joined("The Dock Workers ' Union met .", [[1, 3, 'MISC'], [4, 5, 'ORG']])).toEqual(['ORG Dock Workers \' Union']);
  });

  it('takes the capitalised head the tagger left out', () => {
    expect(joined("The Kessary Fishers ' Guild met .", [[1, 3, 'ORG']])).toEqual(['ORG Kessary Fishers \' Guild']);
  });

  it('leaves a singular possessive, a gap or a common word after the apostrophe apart', () => {
    expect(joined("Vela ' Union met .", [[0, 1, 'PER'], [2, 3, 'ORG']])).toHaveLength(2);
    expect(joined("The Kessary Fishers ' new Guild met .", [[1, 3, 'ORG'], [5, 6, 'ORG']])).toEqual(['ORG Kessary Fishers', 'ORG Guild']);
    expect(joined("The Kessary Fishers ' boats .", [[1, 3, 'ORG']])).toEqual(['ORG Kessary Fishers']);
  });

  it('gives one mention for the whole body in an annotated article', () => {
    const doc = annotateDocument(ingestRecord({ title: 'Harbour report', text: 'Officials of the Kessary Fishers’ Guild met on Monday. Members of the Kessary Fishers\' Guild voted to strike.' }, 'possessive.txt'));
    const names = entityMentions(doc).map((m) => m.text);
    expect(names.filter((n) => /Guild/.test(n))).toEqual(['Kessary Fishers’ Guild', 'Kessary Fishers\' Guild']);
  });
});
