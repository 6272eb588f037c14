import { describe, expect, it } from 'vitest';
import { ingestRecord } from '../ingest/record.js';
import { analyzeDocuments } from '../pipeline/analyze.js';

/** Two different people doing the same thing in two reports of one event: never one entity. */
describe('resolve precision', () => {
  it('keeps two named people apart even when they fill the same role of the same verb', () => {
    const docs = [
      ingestRecord({ title: 'Decree signed', outlet: 'North Ledger', published: '2031-06-12', text: 'President Anselm Rook signed the decree on Tuesday, closing the northern banks to trawlers.\n\nRook said the ban would protect cod stocks.' }, 'a.txt'),
      ingestRecord({ title: 'Decree signed', outlet: 'Isle Times', published: '2031-06-12', text: 'Prime Minister Ilse Brandvold signed the decree on Tuesday, closing the northern banks to trawlers.\n\nBrandvold said the ban would protect cod stocks.' }, 'b.txt'),
    ];
    const { corpus } = analyzeDocuments(docs);
    const people = (corpus.entities ?? []).filter((e) => e.type === 'PER');
    const rook = people.find((e) => e.aliases.includes('Anselm Rook'));
    expect(rook).toBeDefined();
    expect(rook!.aliases).not.toContain('Ilse Brandvold');
    expect(rook!.aliases).not.toContain('Brandvold');
  });
});
