import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDirectory, StoreBusyError } from './dir-lock.js';

const CHILD = join(import.meta.dirname, '../../test/store/lock-child.mjs');

interface Reply { path: string; held: boolean; busy?: boolean; error?: string; ready?: boolean }

/** A child process that takes the locks it is told to and keeps them until it exits. */
class Contender {
  readonly child: ChildProcess;
  private waiting: ((r: Reply) => void)[] = [];
  readonly ready: Promise<void>;

  constructor() {
    this.child = fork(CHILD, [], { execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.ready = new Promise((resolve, reject) => {
      this.child.once('error', reject);
      this.child.once('exit', (code) => reject(new Error(`lock child exited (${code}) before it was ready`)));
      this.child.on('message', (m: Reply) => (m.ready ? resolve() : this.waiting.shift()?.(m)));
    });
  }

  take(paths: string[]): Promise<Reply>[] {
    const replies = paths.map(() => new Promise<Reply>((resolve) => this.waiting.push(resolve)));
    this.child.send({ op: 'take', paths });
    return replies;
  }

  kill(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGKILL');
    });
  }
}

describe('the embedded store lock', () => {
  const root = mkdtempSync(join(tmpdir(), 'triangulate-lock-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const fresh = () => join(root, `store-${n++}.lock`);

  it('admits one holder, names the store and the holder to the next, and frees on release', () => {
    const path = fresh();
    const release = lockDirectory(path);
    expect(() => lockDirectory(path)).toThrow(StoreBusyError);
    expect(() => lockDirectory(path)).toThrow(new RegExp(`${path.replace(/\.lock$/, '')}.*in use by process ${process.pid}`));
    release();
    release();
    expect(existsSync(path)).toBe(false);
    lockDirectory(path)();
    expect(readdirSync(root).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('takes over a lock file of the earlier format whose process is gone, but not a fresh empty one', () => {
    const stale = fresh();
    writeFileSync(stale, '999999999');
    lockDirectory(stale)();
    const halfWritten = fresh();
    writeFileSync(halfWritten, '');
    expect(() => lockDirectory(halfWritten)).toThrow(/being taken by another process/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(halfWritten, old, old);
    lockDirectory(halfWritten)();
  });

  it('never judges a holder on another host gone, and says how to recover', () => {
    const path = fresh();
    mkdirSync(path);
    writeFileSync(join(path, 'holder-1-00aa'), JSON.stringify({ pid: 1, host: 'another-host.invalid', since: '2031-01-01T00:00:00Z' }));
    expect(() => lockDirectory(path)).toThrow(new RegExp(`another-host\\.invalid.*remove ${path}`));
    const junk = fresh();
    mkdirSync(junk);
    writeFileSync(join(junk, 'notes.txt'), 'x');
    expect(() => lockDirectory(junk)).toThrow(/remove/);
  });

  // Many processes start together against locks left by a process killed with SIGKILL (and
  // against absent locks); each keeps what it gets, so two holders would both be counted.
  it('never has two holders when processes race for a stale or absent lock (200 trials)', async () => {
    const TRIALS = 200;
    const CONTENDERS = 6;
    const paths = Array.from({ length: TRIALS }, fresh);
    const killed = new Contender();
    await killed.ready;
    const staleOnes = paths.filter((_, i) => i % 2 === 0);
    expect((await Promise.all(killed.take(staleOnes))).every((r) => r.held)).toBe(true);
    await killed.kill();

    const contenders = Array.from({ length: CONTENDERS }, () => new Contender());
    try {
      await Promise.all(contenders.map((c) => c.ready));
      const doubles: string[] = [];
      for (const path of paths) {
        const replies = await Promise.all(contenders.flatMap((c) => c.take([path])));
        const holders = replies.filter((r) => r.held).length;
        if (holders !== 1) doubles.push(`${path}: ${holders} holders`);
        for (const r of replies) if (!r.held && !r.busy) doubles.push(`${path}: ${r.error}`);
      }
      expect(doubles).toEqual([]);
    } finally {
      await Promise.all(contenders.map((c) => c.kill()));
    }
  });
});
