import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPaths, suiteMode } from './requires.js';

const VITEST = join(process.cwd(), 'node_modules', 'vitest', 'vitest.mjs');
const FIXTURE_CONFIG = join(import.meta.dirname, 'fixtures', 'vitest.config.ts');

/** Runs the fixture suite (its data is absent) in a vitest of its own, with or without CI=true. */
function runFixture(ci: boolean): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: ci ? 'true' : '', NO_COLOR: '1', FORCE_COLOR: '0' };
  return new Promise((resolve) => {
    execFile(process.execPath, [VITEST, 'run', '--config', FIXTURE_CONFIG], { env }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

describe('a suite with prerequisites', () => {
  it('runs when nothing is missing, skips without it, and fails without it under CI', () => {
    expect(suiteMode(null, { CI: 'true' })).toBe('run');
    expect(suiteMode('chromium is absent', {})).toBe('skip');
    expect(suiteMode('chromium is absent', { CI: 'false' })).toBe('skip');
    expect(suiteMode('chromium is absent', { CI: 'true' })).toBe('fail');
  });

  it('names the absent paths', () => {
    expect(missingPaths('seed articles', import.meta.dirname)).toBeNull();
    expect(missingPaths('seed articles', import.meta.dirname, '/no/such/seeds')).toBe('seed articles: /no/such/seeds is absent');
  });

  it('fails the run under CI=true saying why, and is skipped with its reason printed elsewhere', async () => {
    const [ci, local] = await Promise.all([runFixture(true), runFixture(false)]);
    expect(ci.code, ci.output).not.toBe(0);
    expect(ci.output).toContain('the fixture data: /no/such/fixture-data is absent');
    expect(local.code, local.output).toBe(0);
    expect(local.output).toContain('skipping "a suite needing absent data": the fixture data: /no/such/fixture-data is absent');
    expect(local.output).toMatch(/1 skipped/);
  });
});
