import { describe, expect, it } from 'vitest';
import type { Document } from '../model/document.js';
import { titleTerms } from './title-terms.js';

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const NOUNS = new Set(['NOUN']);

function docTitled(id: string, title: string): Document {
  return { id, source: `${id}.txt`, text: 'Body text of the report.', meta: { title }, layers: {} } as unknown as Document;
}

describe('titleTerms', () => {
  const title = 'Mayor Elena Voss closes the Riverbend bridge after flood damage';

  it('gives the same terms for a title seen before, for any document and part-of-speech set', () => {
    const first = titleTerms(docTitled('a', title), CONTENT);
    const again = titleTerms(docTitled('b', title), CONTENT);
    expect(again).toEqual(first);
    expect(first.lemmas).toContain('bridge');
    expect(first.names.map((n) => n.text)).toContain('Elena Voss');
    const nouns = titleTerms(docTitled('c', title), NOUNS);
    expect(nouns.lemmas.every((l) => first.lemmas.includes(l))).toBe(true);
    expect(nouns.lemmas).not.toContain('close');
  });

  it('hands out copies: a caller changing its terms changes nobody else\'s', () => {
    const first = titleTerms(docTitled('d', title), CONTENT);
    first.lemmas.length = 0;
    first.names[0].text = 'changed';
    const again = titleTerms(docTitled('e', title), CONTENT);
    expect(again.lemmas.length).toBeGreaterThan(0);
    expect(again.names.map((n) => n.text)).toContain('Elena Voss');
  });

  it('annotates another title afresh, and an empty one to nothing', () => {
    expect(titleTerms(docTitled('f', 'Storm closes harbour'), CONTENT).lemmas).toEqual(['storm', 'close', 'harbor']);
    expect(titleTerms(docTitled('g', '  '), CONTENT)).toEqual({ lemmas: [], names: [] });
  });
});
