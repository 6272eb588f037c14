import { describe, expect, it } from 'vitest';
import { ingestRecord } from '../ingest/record.js';
import { analyzeDocuments, annotateDocument } from '../pipeline/analyze.js';
import { copyChanges } from './copy-diff.js';

const ORIGINAL = [
  'Floodwater breached the levee at Marrow Creek on Tuesday, officials said.',
  'Rescue crews pulled 14 people from rooftops in the lower town overnight.',
  'Governor Lena Brandt declared an emergency for the whole county.',
  'The dam operator said the spillway gates had opened as designed.',
];

function changes(edit: (lines: string[]) => string[]) {
  const published = '2031-04-10';
  const a = annotateDocument(ingestRecord({ title: 'Levee breach', text: ORIGINAL.join('\n\n'), outlet: 'River Post', published }, 'a.txt'));
  const b = annotateDocument(ingestRecord({ title: 'Levee breach', text: edit([...ORIGINAL]).join('\n\n'), outlet: 'Copy Desk', published }, 'b.txt'));
  return copyChanges(a, b, (doc, i) => doc.layers.mentions![i].text);
}

describe('altered copies', () => {
  it('finds nothing in a faithful copy', () => {
    expect(changes((l) => l)).toEqual([]);
  });

  it('classifies a changed number, date, name and negation', () => {
    expect(changes((l) => { l[1] = l[1].replace('14', '41'); return l; }).map((c) => [c.kind, c.values])).toEqual([['number', ['14 people', '41 people']]]);
    expect(changes((l) => { l[0] = l[0].replace('Tuesday', 'Thursday'); return l; })[0]?.kind).toBe('date');
    expect(changes((l) => { l[2] = l[2].replace('Lena Brandt', 'Mikkel Rask'); return l; })[0]).toMatchObject({ kind: 'actor', values: ['Lena Brandt', 'Mikkel Rask'] });
    expect(changes((l) => { l[3] = l[3].replace('had opened', 'had not opened'); return l; })[0]?.kind).toBe('polarity');
  });

  it('ignores a reworded sentence with no factual change', () => {
    expect(changes((l) => { l[3] = l[3].replace('as designed', 'as they were designed to'); return l; })).toEqual([]);
  });

  it('names the outlet that ran the altered copy on its side, the copy counting for the publisher it copied', () => {
    const published = '2031-04-10';
    const edited = [...ORIGINAL];
    edited[1] = edited[1].replace('14', '41');
    const docs = [
      ingestRecord({ title: 'Levee breach', text: ORIGINAL.join('\n\n'), outlet: 'River Post', published }, 'a.txt'),
      ingestRecord({ title: 'Levee breach', text: edited.join('\n\n'), outlet: 'Copy Desk', published }, 'b.txt'),
    ];
    const { corpus } = analyzeDocuments(docs);
    const altered = (corpus.conflicts ?? []).find((c) => c.sides.some((s) => s.alteredCopyOf));
    expect(altered?.sides.map((s) => [s.value, s.publisher === altered.sides[0].publisher, s.copiedBy ?? null])).toEqual([
      ['14 people', true, null],
      ['41 people', true, 'Copy Desk'],
    ]);
  });
});
