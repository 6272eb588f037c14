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

describe('one long sentence', () => {
  // A text without full stops is one sentence naming thousands of actors. Within-document
  // coreference read the sentence's case once per mention and tested every pair of names for
  // cannot-link again per pair of chains: 16,000 words took 13 CPU s before, about 1.5 s now.
  it('resolves a 100 KB text without a full stop in a few CPU seconds', () => {
    const words = ['Minister Odile Fenwick', 'met', 'the', 'council', 'in', 'Harlow', 'and', 'said', 'talks', 'would', 'resume'];
    const text = Array.from({ length: 16_000 }, (_, i) => words[i % words.length]).join(' ');
    analyzeDocuments([ingestRecord({ text: 'Minister Odile Fenwick met the council in Harlow.' }, 'warm.json')]);
    const cpu0 = process.cpuUsage();
    const { failures } = analyzeDocuments([ingestRecord({ text }, 'no-stops.json')]);
    const cpu = process.cpuUsage(cpu0);
    expect(failures).toEqual([]);
    expect((cpu.user + cpu.system) / 1e6).toBeLessThan(8);
  });
});
