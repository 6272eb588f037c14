import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from './conll.js';

describe('eval conll', () => {
  it('scores a CoNLL file it writes and ends with one JSON line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conll-'));
    const file = join(dir, 'tiny.conll');
    writeFileSync(file, [
      '-DOCSTART- -X- O O', '',
      'Angela NNP I-NP I-PER', 'Merkel NNP I-NP I-PER', 'flew VBD I-VP O', 'to TO I-PP O', 'Paris NNP I-NP I-LOC', '. . O O', '',
    ].join('\n'));
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((s: unknown) => { lines.push(String(s)); });
    try { await main([file]); } finally { spy.mockRestore(); }
    const last = JSON.parse(lines[lines.length - 1]) as { dataset: string; file: string; metric: string; value: number };
    expect(last).toMatchObject({ dataset: 'conll2003', file, metric: 'f1' });
    expect(last.value).toBe(1);
    expect(lines.join('\n')).toMatch(/^PER /m);
  });
});
