import { describe, expect, it } from 'vitest';
import { publisherLine } from './publisher-line.js';

describe('publisher line', () => {
  it('says a syndicated copy standing for its publisher is a copy, and does not list it twice', () => {
    const line = publisherLine({ id: 'p:wire', name: 'Wire', original: 'd1', copies: [{ document: 'd1', reason: 'credit line names Wire' }, { document: 'd2', reason: 'near-duplicate text' }] });
    expect(line.stands).toEqual({ document: 'd1', copyReason: 'credit line names Wire' });
    expect(line.copies.map((c) => c.document)).toEqual(['d2']);
  });

  it('keeps an original and its copies apart', () => {
    const line = publisherLine({ id: 'p:post', name: 'Post', original: 'd1', copies: [{ document: 'd3', reason: 'credit line names Post' }] });
    expect(line.stands.copyReason).toBeNull();
    expect(line.copies).toHaveLength(1);
  });
});
