import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { articles } from './ingest-job.js';

const CHILD = join(import.meta.dirname, 'ingest-child.mjs');
const COUNT = 40;

/** Runs the ingest child; with `killAfter`, SIGKILLs it once that many documents are stored. */
function runChild(dir: string, killAfter?: number): Promise<{ stored: number; done: boolean; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dir, String(COUNT)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stored = 0;
    let done = false;
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line.startsWith('stored ')) stored++;
        if (line === 'done') done = true;
      }
      if (killAfter !== undefined && stored >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`child failed (${code}): ${err}`));
      else resolve({ stored, done, signal });
    });
  });
}

describe('an ingest killed midway', () => {
  const root = mkdtempSync(join(tmpdir(), 'triangulate-crash-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves whole documents only, and the next ingest completes the batch', async () => {
    const dir = join(root, 'db');
    const killed = await runChild(dir, 3);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.done).toBe(false);

    let store = await openStore({ url: null, dir });
    const counts = await store.counts();
    expect(counts.documents).toBeGreaterThanOrEqual(3);
    expect(counts.documents).toBeLessThan(COUNT);
    // Consistent: every stored document has its layers and spans; none is half-written.
    for (const doc of await store.loadDocuments()) {
      expect(doc.layers.regions?.length).toBeGreaterThan(0);
      expect(doc.layers.mentions?.length).toBeGreaterThan(0);
    }
    expect(counts.annotated).toBe(counts.documents);
    await store.close();

    const finished = await runChild(dir);
    expect(finished.done).toBe(true);
    store = await openStore({ url: null, dir });
    const after = await store.counts();
    expect(after.documents).toBe(COUNT);
    expect(after.annotated).toBe(COUNT);
    expect(after.stories).toBe(1);
    const ids = new Set((await store.listDocuments()).map((d) => d.id));
    expect(articles(COUNT).every((d) => ids.has(d.id))).toBe(true);
    await store.close();
  });
});
