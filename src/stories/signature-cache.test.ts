import { describe, expect, it } from 'vitest';
import { shingleHashes, signature } from './minhash.js';
import { textSignature } from './signature-cache.js';

describe('textSignature', () => {
  const text = 'Flood waters rose over the Riverbend levee on Tuesday night, officials said.';

  it('is the MinHash signature of the text\'s 3-word shingles, computed once per document and text', () => {
    const first = textSignature('doc-1', text);
    expect([...first]).toEqual([...signature(shingleHashes(text, 3))]);
    expect(textSignature('doc-1', text)).toBe(first);
  });

  it('computes again when the same document comes with another text (furniture learnt from another batch)', () => {
    const other = `${text} Share this story.`;
    expect([...textSignature('doc-2', text)]).not.toEqual([...textSignature('doc-2', other)]);
    expect([...textSignature('doc-2', other)]).toEqual([...signature(shingleHashes(other, 3))]);
  });

  it('keeps signatures of one text with other shingle lengths apart', () => {
    const five = textSignature('doc-3', text, 5);
    expect([...five]).toEqual([...signature(shingleHashes(text, 5))]);
    expect([...textSignature('doc-3', text)]).toEqual([...signature(shingleHashes(text, 3))]);
    expect(textSignature('doc-3', text, 5)).toBe(five);
  });
});
