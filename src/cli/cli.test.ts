import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from './config.js';

// The built CLI (`npm test` compiles first), run as a user runs it: stderr is a pipe, not a terminal.
const MAIN = join(import.meta.dirname, '../../dist/src/cli/main.js');
const exec = promisify(execFile);

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [MAIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-cli-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the CLI when every input fails', () => {
  it('analyze of a missing file exits non-zero and names it', async () => {
    const { code, stderr } = await cli(['analyze', 'missing.txt'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('triangulate: skipped missing.txt: [missing]');
  });

  it('ingest of a missing file exits non-zero without creating a store', async () => {
    const { code, stderr } = await cli(['ingest', 'missing.txt'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('nothing to ingest');
    expect(existsSync(join(dir, '.triangulate'))).toBe(false);
  });
});

describe('the CLI off a terminal', () => {
  const n = CLI.progressEveryFiles + 5;
  const pile = () => join(dir, 'pile');
  beforeAll(async () => {
    await mkdir(pile());
    for (let i = 0; i < n; i++) {
      await writeFile(join(pile(), `a${i}.txt`), `Harbour ${i} reopens\n\nThe harbour of Velmor ${i} reopened on Monday after repairs, the port authority said. Fishing boats returned to the quay.\n`);
    }
  });

  it('analyze prints one progress line per N files', async () => {
    const { code, stderr } = await cli(['analyze', pile(), '--format', 'json', '--out', join(dir, 'd.json')], dir);
    expect(code).toBe(0);
    const lines = stderr.split('\n').filter((l) => l.startsWith('triangulate: analysing'));
    expect(lines[0]).toMatch(new RegExp(`analysing ${CLI.progressEveryFiles}/${n} `));
    expect(lines.at(-1)).toMatch(new RegExp(`analysing ${n}/${n} `));
    expect(stderr).not.toContain('\r');
  });

  it('ingest prints one progress line per N files stored', async () => {
    const { code, stderr } = await cli(['ingest', pile()], dir);
    expect(code).toBe(0);
    const lines = stderr.split('\n').filter((l) => l.startsWith('triangulate: ingesting'));
    expect(lines[0]).toMatch(new RegExp(`ingesting ${CLI.progressEveryFiles}/${n} `));
    expect(stderr).toContain(`triangulate: ${n} added`);
  });
});
