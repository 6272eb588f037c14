import { describe, expect, it } from 'vitest';
import { ingestRecord } from '../../src/ingest/record.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';

/** Inputs the fuzz suite found crashing, kept as plain tests so they stay fixed whatever the generators become. */
describe('fuzz regressions', () => {
  it('analyses a document whose title holds bidi controls (the stories stage tagged an empty word)', () => {
    const doc = ingestRecord({ title: '\u202EGovernor\u202C speaks', text: 'Minister Odile Fenwick said on Monday that the bridge would reopen.', outlet: 'Harlow Post' }, 'bidi.json');
    const { corpus, failures } = analyzeDocuments([doc]);
    expect(failures).toEqual([]);
    expect(corpus.stories?.length).toBe(1);
  });
});
