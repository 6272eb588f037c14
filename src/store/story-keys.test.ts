import { describe, expect, it } from 'vitest';
import { ingestRecord } from '../ingest/record.js';
import { annotateDocument } from '../pipeline/analyze.js';
import { storyKeys } from './story-keys.js';

const report = (title: string, text: string) => annotateDocument(ingestRecord({ title, text, outlet: 'Coast Herald', published: '2031-03-01' }, 'test'));

describe('story blocking keys', () => {
  const a = report('Velmora harbour closed', 'Harbour master Ilsa Marrow closed the harbour of Velmora on Monday after a storm damaged the pier. Marrow said ships would wait offshore.');

  it('holds the MinHash bands, the names and the headline words of a report', () => {
    const keys = storyKeys(a);
    expect(keys.filter((k) => k.startsWith('b:'))).toHaveLength(16);
    expect(keys).toContain('n:ilsa marrow');
    expect(keys).toContain('w:close');
    expect(storyKeys(a)).toEqual(keys);
  });

  it('gives a copy of a report the same bands and another report different ones', () => {
    const copy = report('Velmora harbour closed', a.text);
    const other = report('Bridge opens in Oskarn', 'The new bridge over the Oskarn river opened to traffic on Friday, the mayor Tomas Brell said.');
    const bands = (keys: string[]) => keys.filter((k) => k.startsWith('b:'));
    expect(bands(storyKeys(copy))).toEqual(bands(storyKeys(a)));
    expect(bands(storyKeys(other)).filter((k) => bands(storyKeys(a)).includes(k))).toEqual([]);
  });
});
