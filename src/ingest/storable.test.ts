import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stubAnalyzer } from '../../test/api/stub-analyzer.js';
import { openStore } from '../store/index.js';
import { ingestDocuments } from '../store/incremental.js';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { ingestPaths } from './index.js';
import { ingestRecord } from './record.js';
import { findUnstorable } from './storable.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/flood-northgate-herald.txt');
const ARTICLE = 'Harbour master Idris Calloway said the lighthouse at Wrenfield was lit again on Monday night, three weeks after a storm tore the lantern glass from its frame.';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as InputError).code;
  }
};

describe('characters the store cannot keep', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-unstorable-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a NUL or an unpaired surrogate anywhere, and nothing in ordinary text', () => {
    expect(findUnstorable(`${'a'.repeat(100_000)}\u0000`)).toMatchObject({ offset: 100_000, what: expect.stringMatching(/NUL/) });
    expect(findUnstorable('x\uD800y')?.what).toMatch(/surrogate \(U\+D800\)/);
    expect(findUnstorable('x\uDC00')?.offset).toBe(1);
    expect(findUnstorable('emoji \uD83D\uDE00, café, \u200B and \uFFFD are fine')).toBeNull();
  });

  it('refuses a file with a NUL past its first 8 KB by name, not at SQL time', () => {
    const bytes = Buffer.from(`${readFileSync(EXAMPLE, 'utf8').repeat(5)}\u0000x`);
    expect(bytes.indexOf(0)).toBeGreaterThan(8192);
    expect(codeOf(() => decodeBytes(bytes, 'nul.txt'))).toBe('invalid-character');
    expect(() => decodeBytes(bytes, 'folder/nul.txt')).toThrow(/folder\/nul\.txt: the input holds a NUL character \(U\+0000\) at character \d+/);
    // UTF-16 carries zero bytes as a matter of course; a decoded NUL is still refused.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${ARTICLE}\u0000`, 'utf16le')]);
    expect(codeOf(() => decodeBytes(utf16, 'u16.txt'))).toBe('invalid-character');
  });

  it('refuses a record whose field holds one, naming the field', () => {
    expect(() => ingestRecord({ text: `${ARTICLE} \u0000`, outlet: 'Wrenfield News' }, 'lines.jsonl#2')).toThrow(/lines\.jsonl#2: field "text" holds a NUL/);
    expect(codeOf(() => ingestRecord({ text: ARTICLE, byline: 'Cara \uD800Linden' }, 'api'))).toBe('invalid-character');
  });

  // The store part runs over a stub pipeline: what is on trial is what reaches SQL.
  it('costs only the bad inputs of a batch: the rest is stored and analysed', async () => {
    writeFileSync(join(dir, 'nul.txt'), `${readFileSync(EXAMPLE, 'utf8').repeat(5)}\u0000x`);
    writeFileSync(join(dir, 'lines.jsonl'), [
      JSON.stringify({ title: 'Wrenfield light returns', text: ARTICLE, outlet: 'Wrenfield News', published: '2031-10-14' }),
      JSON.stringify({ title: 'Bad', text: `${ARTICLE} \u0000`, outlet: 'Elsewhere' }),
      JSON.stringify({ title: 'Bad too', text: `${ARTICLE} \uDC00`, outlet: 'Elsewhere' }),
    ].join('\n'));
    const { documents, errors } = await ingestPaths([join(dir, 'nul.txt'), join(dir, 'lines.jsonl'), EXAMPLE]);
    expect(errors.map((e) => [e.input.replace(`${dir}/`, ''), e.code])).toEqual([
      ['nul.txt', 'invalid-character'], ['lines.jsonl#2', 'invalid-character'], ['lines.jsonl#3', 'invalid-character'],
    ]);
    expect(documents).toHaveLength(2);
    const store = await openStore({ url: null, dir: null });
    try {
      const outcome = await ingestDocuments(store, stubAnalyzer, documents, { errors: errors.map((e) => ({ input: e.input, reason: e.code, message: e.message })) });
      expect(outcome.added).toHaveLength(2);
      for (const doc of documents) expect((await store.storiesOfDocument(doc.id)).flatMap((d) => d.stories).length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
