import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { ingestRecord } from '../ingest/record.js';
import { analyzeDocuments } from '../pipeline/analyze.js';

/** Two outlets a day apart on one quake; the later one's headline says the toll rose. */
function quake(first: string, second: string): Corpus {
  return analyzeDocuments([
    ingestRecord({ title: 'Earthquake shakes northern Velmora', text: `${first}\n\nSchools in the region stayed shut while engineers checked them.`, outlet: 'Coast Herald', published: '2031-11-03T09:00:00Z' }, 'a.txt'),
    ingestRecord({ title: 'Velmora quake death toll rises to 31', text: `${second}\n\nThe regional governor visited the town on Wednesday.`, outlet: 'Northgate Herald', published: '2031-11-04T09:00:00Z' }, 'b.txt'),
  ]).corpus;
}

describe('a quake\'s magnitude told two ways', () => {
  it('sets two readings against each other, never an update because the headline says the toll rose', () => {
    const corpus = quake(
      'The earthquake near Brask, which hit at about 5 a.m., had a magnitude of 6.1, according to the national seismology institute.',
      'The magnitude 6.4 earthquake struck at 4:12 a.m. near Brask, the national seismology institute said.',
    );
    const magnitude = (corpus.conflicts ?? []).filter((c) => c.about === 'what magnitude');
    expect(magnitude.map((c) => c.sides.map((s) => s.value))).toEqual([['magnitude of 6.1', 'magnitude 6.4']]);
    expect((corpus.divergences ?? []).filter((d) => d.kind === 'update')).toEqual([]);
  });
});
