import { describe, expect, it } from 'vitest';
import type { Document } from './document.js';
import { documentMemo, shareDocumentMemo } from './document-memo.js';

const doc = (id: string, text: string): Document => ({ id, source: `${id}.txt`, text, meta: {}, layers: {} }) as unknown as Document;

describe('documentMemo', () => {
  it('computes afresh for a document nobody shared a memo for', () => {
    const d = doc('a', 'one');
    let calls = 0;
    const length = (x: Document) => { calls++; return x.text.length; };
    expect(documentMemo(d, 'length', length)).toBe(3);
    expect(documentMemo(d, 'length', length)).toBe(3);
    expect(calls).toBe(2);
  });

  it('computes once from the source for every view sharing its memo, one value per name', () => {
    const source = doc('b', 'stored text');
    const values = new Map<string, unknown>();
    const first = { ...source };
    const second = { ...source, text: 'a view a stage changed' };
    shareDocumentMemo(first, source, values);
    shareDocumentMemo(second, source, values);
    const seen: Document[] = [];
    const length = (x: Document) => { seen.push(x); return x.text.length; };
    expect(documentMemo(second, 'length', length)).toBe('stored text'.length);
    expect(documentMemo(first, 'length', length)).toBe('stored text'.length);
    expect(seen).toEqual([source]);
    expect(seen[0]).toBe(source);
    expect(documentMemo(first, 'words', (x) => x.text.split(' ').length)).toBe(2);
  });
});
