import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../model/dossier.js';
import { csvCell } from './csv.js';
import { renderEventsCsv } from './events.js';

describe('CSV cells', () => {
  it('neutralise text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x.example","click")')).toBe(`"'=HYPERLINK(""http://x.example"",""click"")"`);
    expect(csvCell('+1+cmd|calc')).toBe("'+1+cmd|calc");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leave ordinary text and the export\'s own numbers alone', () => {
    expect(csvCell('Jon Strand')).toBe('Jon Strand');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('1+1=2')).toBe('1+1=2');
    expect(csvCell(-3)).toBe('-3');
  });

  it('hold in the events export, where article text fills the cells', () => {
    const dossier = {
      documents: [{ id: 'd1', url: null, published: '2031-03-05' }],
      stories: [{
        id: 's1', published: { earliest: '2031-03-05' },
        claims: [{ id: 'c1', action: 'said', actor: '=cmd|"/c calc"!A1', target: '@evil', when: null, status: 'single-source', publishers: ['p1'],
          evidence: [{ document: 'd1', start: 0, end: 9, text: '-1+1 said' }] }],
      }],
    } as unknown as Dossier;
    const row = renderEventsCsv(dossier).trim().split('\n')[1];
    expect(row).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(row).toContain(",'@evil,");
    expect(row.endsWith(",'-1+1 said")).toBe(true);
    expect(row).not.toMatch(/(^|,)[=+\-@]/);
  });

  it('give a day in the Day column, never a TimeML code of a coarser date', () => {
    const dossier = (when: string) => ({
      documents: [{ id: 'd1', url: null, published: '2031-03-05T10:00:00Z' }],
      stories: [{ id: 's1', published: { earliest: '2031-03-05' }, claims: [{ id: 'c1', action: 'met', actor: 'Jon Strand', target: null, when, status: 'single-source', publishers: ['p1'], evidence: [{ document: 'd1', start: 0, end: 3, text: 'met' }] }] }],
    }) as unknown as Dossier;
    const day = (when: string) => renderEventsCsv(dossier(when)).trim().split('\n')[1].split(',')[2];
    expect(day('2031-03-03')).toBe('20310303');
    expect(day('2031-W10-WE')).toBe('20310305');
    expect(day('2030-FA')).toBe('20310305');
  });
});
