import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../browser/browser.js';
import { POSTGRES_SKIP_REASON, startPostgres, type TestPostgres } from '../store/postgres-server.js';
import { untilStatus } from './status.js';
import { describeRequiring } from '../support/requires.js';

const CHILD = join(import.meta.dirname, 'serve-child.mjs');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `serve` in a child process and resolves once it answers. */
async function startServe(cwd: string, env: Record<string, string | undefined>): Promise<{ base: string; child: ChildProcess; log: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [CHILD, String(port)], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => { log += c; });
  child.stderr!.setEncoding('utf8').on('data', (c: string) => { log += c; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`serve exited: ${log}`);
    if (await fetch(`${base}/api/status`).then(() => true, () => false)) return { base, child, log: () => log };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`serve did not answer: ${log}`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('serve()', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'triangulate-serve-'));
  beforeAll(() => ensureWebBuild());
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('creates the embedded store in the working directory, serves the API and the UI, and keeps data across restarts', async () => {
    let s = await startServe(cwd, { DATABASE_URL: undefined });
    expect(existsSync(join(cwd, '.triangulate', 'db'))).toBe(true);
    expect(await (await fetch(`${s.base}/api/status`)).json()).toMatchObject({ engine: 'pglite', documents: 0 });
    const post = await fetch(`${s.base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Surveyor Petra Lind mapped the new quay.' }) });
    expect(post.status).toBe(202);
    // The server's own worker (embedded store) annotates and analyses it.
    await untilStatus(s.base, (await post.json()).documents[0].statusUrl);
    const home = await fetch(`${s.base}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/text\/html/);
    expect(await home.text()).toContain('Triangulate');
    await stop(s.child);
    expect(s.log()).toContain('closed');
    s = await startServe(cwd, { DATABASE_URL: undefined });
    expect(await (await fetch(`${s.base}/api/status`)).json()).toMatchObject({ documents: 1, stories: 1 });
    await stop(s.child);
  });

  describeRequiring(POSTGRES_SKIP_REASON)('with DATABASE_URL', () => {
    let pg: TestPostgres;
    beforeAll(async () => { pg = await startPostgres(); });
    afterAll(() => pg?.stop());

    it('uses the PostgreSQL server instead', async () => {
      const url = await pg.createDatabase('serve');
      const s = await startServe(cwd, { DATABASE_URL: url });
      expect(await (await fetch(`${s.base}/api/status`)).json()).toMatchObject({ engine: 'postgres' });
      await stop(s.child);
    });
  });
});
