import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_SKIP_REASON, startPostgres, type TestPostgres } from './postgres-server.js';
import { describeRequiring } from '../support/requires.js';

const CHILD = join(import.meta.dirname, 'worker-crash-child.mjs');
const COUNT = 6;
/** Five processes, each starting its engine, and a 10 s heartbeat to outwait: 100 s measured on PGlite on a busy 2-core machine. */
const KILL_TEST_MS = 300_000;

interface Child { lines: string[]; done: Promise<{ signal: string | null; result: unknown }> }

/** Runs one step in a child process; with `killOn`, SIGKILLs it when it prints that line the nth time. */
function child(args: string[], killOn?: { prefix: string; nth: number }): Child {
  const proc = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let seen = 0;
  let err = '';
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n').filter(Boolean)) {
      lines.push(line);
      if (killOn && line.startsWith(killOn.prefix) && ++seen === killOn.nth) proc.kill('SIGKILL');
    }
  });
  proc.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
  const done = new Promise<{ signal: string | null; result: unknown }>((resolve, reject) => {
    proc.on('exit', (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`${args.join(' ')} exited ${code}: ${err}`));
      else resolve({ signal, result: signal ? null : JSON.parse(lines[lines.length - 1] ?? 'null') });
    });
  });
  return { lines, done };
}

function saves(log: string): Map<string, number> {
  const n = new Map<string, number>();
  for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) n.set(line, (n.get(line) ?? 0) + 1);
  return n;
}

/**
 * A worker killed with SIGKILL in the middle of an annotation, then started again: its job's
 * heartbeat stops, the supervisor hands the job back, and the restarted worker (or the other one)
 * finishes it. Nothing is lost (every document annotated and in a story, no job left), nothing is
 * done twice (each document's layers saved once).
 */
async function killAndRestart(where: string, root: string, others: number): Promise<void> {
  const log = join(root, `saves-${Date.now()}.log`);
  writeFileSync(log, '');
  await child(['queue', where, String(COUNT)]).done;
  const peers = Array.from({ length: others }, (_, i) => child(['work', where, `peer${i}`, log]));
  const victim = child(['work', where, 'victim', log], { prefix: 'annotating ', nth: 2 });
  const killed = await victim.done;
  expect(killed.signal).toBe('SIGKILL');
  const restarted = child(['work', where, 'restarted', log]);
  const finished = await Promise.all([restarted.done, ...peers.map((p) => p.done)]);
  const tallies = finished.map((f) => f.result as { annotated: number; failed: number });
  const report = await child(['inspect', where]).done;
  const state = report.result as { counts: { documents: number; annotated: number }; inNoStory: number; jobs: Record<string, Record<string, number>>; deadLetters: unknown[] };
  expect(state.counts).toMatchObject({ documents: COUNT, annotated: COUNT });
  expect(state.inNoStory).toBe(0);
  expect(state.deadLetters).toEqual([]);
  expect(state.jobs.annotate).toEqual({ completed: COUNT });
  const byDoc = saves(log);
  expect(byDoc.size).toBe(COUNT);
  expect([...byDoc.values()].every((n) => n === 1), JSON.stringify([...byDoc])).toBe(true);
  // The survivors annotated every document the victim did not commit before it died.
  expect(tallies.reduce((n, t) => n + t.annotated, 0)).toBe(COUNT - victim.lines.filter((l) => l.startsWith('annotating ')).length + 1);
}

describe('a worker killed mid-job on the embedded store (PGlite), then restarted', () => {
  const root = mkdtempSync(join(tmpdir(), 'triangulate-worker-crash-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('loses nothing and does nothing twice', async () => {
    await killAndRestart(join(root, 'db'), root, 0);
  }, KILL_TEST_MS);
});

describeRequiring(POSTGRES_SKIP_REASON)('one of two workers killed mid-job on PostgreSQL, then restarted', () => {
  let server: TestPostgres;
  const root = mkdtempSync(join(tmpdir(), 'triangulate-worker-crash-pg-'));
  beforeAll(async () => { server = await startPostgres(); });
  afterAll(() => { server?.stop(); rmSync(root, { recursive: true, force: true }); });

  it('loses nothing and does nothing twice', async () => {
    await killAndRestart(await server.createDatabase('worker_crash'), root, 1);
  }, KILL_TEST_MS);
});
