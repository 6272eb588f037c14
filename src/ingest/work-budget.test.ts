import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths, ingestText } from './index.js';
import { InputError } from './errors.js';
import { assertWithinBudget, countWords, WORK_BUDGET } from './work-budget.js';
import { Pipeline } from '../pipeline/pipeline.js';
import type { DocumentComponent } from '../pipeline/component.js';

const SENTENCE = 'Mayor Ilka Brandt opened the new bridge over the river on Tuesday, officials said. ';

describe('work budget per document', () => {
  it('counts words in one pass, any white space between them', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  one\ttwo\nthree\u00a0four\u2003five  ')).toBe(5);
  });

  it('refuses a text above the word budget as too-complex, naming the input, quickly', () => {
    // One line, no break: the input that took minutes before the budget.
    const text = `A report\n\n${SENTENCE.repeat(Math.ceil((WORK_BUDGET.maxWords + 10) / 14))}`;
    const t0 = performance.now();
    let error: unknown;
    try {
      ingestText(text, 'huge.txt');
    } catch (err) {
      error = err;
    }
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('too-complex');
    expect((error as InputError).input).toBe('huge.txt');
    expect((error as InputError).message).toMatch(/^huge\.txt: the document holds [\d,]+ words, above the [\d,]+/);
  });

  it('names the refused file and reads the rest of the batch', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'budget-'));
    try {
      await writeFile(join(dir, 'a-huge.txt'), `A report\n\n${SENTENCE.repeat(Math.ceil((WORK_BUDGET.maxWords + 10) / 14))}`);
      await writeFile(join(dir, 'b-small.txt'), `A report\n\n${SENTENCE.repeat(5)}`);
      const { documents, errors } = await ingestPaths([dir]);
      expect(documents.map((d) => d.source)).toEqual([join(dir, 'b-small.txt')]);
      expect(errors.map((e) => [e.input, e.code])).toEqual([[join(dir, 'a-huge.txt'), 'too-complex']]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves a document within the budget alone', () => {
    expect(() => assertWithinBudget(SENTENCE.repeat(10), 'small.txt')).not.toThrow();
  });

  it('ends a document whose annotation runs past the time budget with a [too-complex] failure; the batch goes on', () => {
    const slow: DocumentComponent = {
      kind: 'document', name: 'slow', requires: ['text'], produces: [],
      process(doc) {
        const until = performance.now() + (doc.source === 'slow.txt' ? 30 : 0);
        while (performance.now() < until) { /* busy: a stage gone superlinear */ }
      },
    };
    const pipeline = new Pipeline([slow]);
    const docs = ['slow.txt', 'fine.txt'].map((source, i) => ({ id: String(i), source, format: 'text' as const, text: '', meta: {} as never, contentHash: '', layers: {} }));
    const failures: string[] = [];
    const done: string[] = [];
    for (const doc of docs) {
      try {
        pipeline.annotate(doc, { ...WORK_BUDGET, maxAnnotateMs: 10 });
        done.push(doc.source);
      } catch (err) {
        failures.push((err as { failure: { message: string } }).failure.message);
      }
    }
    expect(done).toEqual(['fine.txt']);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^\[too-complex\] annotating took [\d.]+ s by the end of stage "slow"/);
  });
});
