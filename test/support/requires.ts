import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

type SuiteBody = () => void | Promise<void>;

export type SuiteMode = 'run' | 'fail' | 'skip';

/**
 * What becomes of a suite that needs what the repository does not hold (Chromium, PostgreSQL,
 * the seed articles, a dataset beside the checkout), given what is missing (null: nothing).
 * Under CI (CI=true) `.ci/run` installs all of it, so a missing prerequisite is a failure:
 * a green run must never hide a suite that did not run. Elsewhere the suite is skipped.
 */
export function suiteMode(missing: string | null, env: NodeJS.ProcessEnv = process.env): SuiteMode {
  if (!missing) return 'run';
  return env.CI === 'true' ? 'fail' : 'skip';
}

/**
 * `describe` for such a suite: `describeRequiring(reason)('name', () => { ... })`. Skipped, it
 * prints why; failing under CI, it is one test that throws the reason (its body is not run,
 * since it may read what is missing).
 */
export function describeRequiring(missing: string | null): (name: string, body: SuiteBody) => void {
  const mode = suiteMode(missing);
  if (mode === 'run') return (name, body) => describe(name, body);
  if (mode === 'fail') {
    return (name) => describe(name, () => {
      it('has what it needs to run', () => {
        throw new Error(`${missing} (CI=true: a suite that cannot run fails instead of skipping)`);
      });
    });
  }
  return (name, body) => {
    console.log(`skipping "${name}": ${missing}`);
    describe.skip(name, body);
  };
}

/** Why a suite cannot run when one of these paths is absent; null when all are there. */
export function missingPaths(what: string, ...paths: string[]): string | null {
  const absent = paths.filter((p) => !existsSync(p));
  return absent.length === 0 ? null : `${what}: ${absent.join(', ')} ${absent.length === 1 ? 'is' : 'are'} absent`;
}
