import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { enqueueDocuments, runWorker } from '../../src/store/worker.js';
import { stubAnalyzer } from '../api/stub-analyzer.js';
import { articles, documentsInNoStory } from './ingest-job.js';
import { POSTGRES_SKIP_REASON, startPostgres, type TestPostgres } from './postgres-server.js';
import { describeRequiring } from '../support/requires.js';

const CHILD = join(import.meta.dirname, 'worker-child.mjs');

describe('job queue, one process (embedded)', () => {
  it('annotates queued documents and runs the corpus stages once the queue drains', async () => {
    const store = await openStore({ url: null, dir: null });
    try {
      const ids = await enqueueDocuments(store, articles(5));
      expect(ids).toHaveLength(5);
      expect((await store.counts()).annotated).toBe(0);
      expect(await enqueueDocuments(store, articles(5))).toEqual([]);
      const stats = await runWorker(store, stubAnalyzer, { name: 'solo' });
      expect(stats).toMatchObject({ annotated: 5, failed: 0 });
      // One corpus run waits while one runs: a burst asks for few, however many documents it holds.
      expect(stats.analyzed).toBeGreaterThanOrEqual(1);
      expect(stats.analyzed).toBeLessThanOrEqual(5);
      expect(await store.counts()).toMatchObject({ documents: 5, annotated: 5, stories: 1 });
      expect(await documentsInNoStory(store)).toBe(0);
      const jobs = await (await store.queue()).counts();
      expect(jobs.annotate).toEqual({ completed: 5 });
      expect(Object.keys(jobs.analyze)).toEqual(['completed']);
    } finally {
      await store.close();
    }
  });
});

function startWorker(url: string, name: string): { ready: Promise<void>; go: () => void; done: Promise<{ annotated: number; analyzed: number; failed: number }> } {
  const child = spawn(process.execPath, [CHILD, url, name], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => { markReady = r; });
  child.stdout.setEncoding('utf8').on('data', (c: string) => { out += c; if (out.includes('ready\n')) markReady(); });
  child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
  const done = new Promise<{ annotated: number; analyzed: number; failed: number }>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`worker ${name} exited ${code}: ${err}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!));
    });
  });
  return { ready, go: () => child.stdin.end('go\n'), done };
}


describeRequiring(POSTGRES_SKIP_REASON)('job queue, several processes (PostgreSQL)', () => {
  let server: TestPostgres;
  beforeAll(async () => { server = await startPostgres(); });
  afterAll(() => server?.stop());

  it('shares annotation between worker processes, each document annotated exactly once', async () => {
    const url = await server.createDatabase('queue');
    const store = await openStore({ url });
    try {
      const workers = [startWorker(url, 'w1'), startWorker(url, 'w2')];
      await Promise.all(workers.map((w) => w.ready));
      const docs = articles(24);
      await enqueueDocuments(store, docs);
      workers.forEach((w) => w.go());
      const stats = await Promise.all(workers.map((w) => w.done));
      expect(stats.reduce((n, s) => n + s.annotated, 0)).toBe(docs.length);
      expect(stats.every((s) => s.annotated > 0)).toBe(true);
      expect(stats.every((s) => s.failed === 0)).toBe(true);
      expect(stats.reduce((n, s) => n + s.analyzed, 0)).toBeGreaterThanOrEqual(1);
      expect(await store.counts()).toMatchObject({ documents: 24, annotated: 24, stories: 1 });
      const jobs = await (await store.queue()).counts();
      expect(jobs.annotate).toEqual({ completed: 24 });
      expect(Object.keys(jobs.analyze)).toEqual(['completed']);
    } finally {
      await store.close();
    }
  });
});
