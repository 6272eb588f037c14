import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CHILD = join(import.meta.dirname, 'ingest-child.mjs');
const COUNT = 6;

/** Where to SIGKILL a command: once it announced a step (`stored` counts), optionally after a delay. */
interface KillPoint { on: 'stored' | 'analysing' | 'analysed' | 'in-no-story'; count?: number; delayMs?: number }

interface Step { mode: 'ingest' | 'recover'; batch: number; kill?: KillPoint; what: string }

/** Runs one command on the store in a child process; returns the lines it printed and how it ended. */
function runChild(dir: string, step: Step): Promise<{ lines: string[]; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dir, step.mode, String(step.batch), String(COUNT)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stored = 0;
    let err = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        lines.push(line);
        if (line.startsWith('stored ')) stored++;
        const kill = step.kill;
        if (!kill || armed || !line.startsWith(kill.on) || (kill.on === 'stored' && stored < (kill.count ?? 1))) continue;
        armed = true;
        if (kill.delayMs) setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
        else child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`child failed (${code}): ${err}`));
      else resolve({ lines, signal });
    });
  });
}

/**
 * Kill points before, during and after the corpus run, on a fresh store and on one that already
 * holds a run, one kill straight after another too; the command after a kill (the same ingest
 * again, or a bare open as `serve` does) must leave every stored document in a story. Five
 * processes: each costs a PGlite start, so the test stays within its CI budget.
 */
const STEPS: Step[] = [
  { mode: 'ingest', batch: 1, kill: { on: 'stored', count: 2 }, what: 'first ingest, killed while storing' },
  { mode: 'ingest', batch: 1, kill: { on: 'in-no-story' }, what: 'same ingest again, killed after its analysis' },
  { mode: 'ingest', batch: 2, kill: { on: 'analysing' }, what: 'second batch, killed as the analysis starts' },
  { mode: 'ingest', batch: 3, kill: { on: 'analysing', delayMs: 20 }, what: 'third batch, killed during the analysis' },
  { mode: 'recover', batch: 0, what: 'a bare open (as serve)' },
];

describe('an ingest killed at any point', () => {
  const root = mkdtempSync(join(tmpdir(), 'triangulate-crash-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('never leaves a stored document outside the stories once the next command ran', async () => {
    const dir = join(root, 'db');
    const log: string[] = [];
    let recoveries = 0;
    let finalLines: string[] = [];
    for (const step of STEPS) {
      const { lines, signal } = await runChild(dir, step);
      finalLines = lines;
      const last = lines[lines.length - 1] ?? '(nothing)';
      log.push(`${step.what}: ${signal ?? 'exit 0'} after "${last}"`);
      if (step.kill) expect(signal, step.what).toBe('SIGKILL');
      else expect(lines[lines.length - 1], step.what).toBe('done');
      if (lines.some((l) => l.startsWith('recovered '))) recoveries++;
      // Every command that got as far as counting found no stored document outside the stories.
      const count = lines.find((l) => l.startsWith('in-no-story '));
      if (count) expect(count, `${step.what}\n${log.join('\n')}`).toBe('in-no-story 0');
      else expect(step.kill, step.what).toBeDefined();
    }
    // The kills before the analysis was saved left work that the next command reported and finished.
    expect(recoveries, log.join('\n')).toBeGreaterThanOrEqual(2);
    // The last command ran to its end: every article of the three batches stored, annotated, in a story.
    expect(finalLines).toContain(`documents ${3 * COUNT} annotated ${3 * COUNT}`);
  });
});
