import { expect } from 'vitest';
import fc from 'fast-check';
import { InputError, type InputErrorCode } from '../../src/ingest/errors.js';
import type { Document } from '../../src/model/document.js';

/**
 * What every fuzz property shares: a fixed seed and bounded run counts (the suite fits CI on two
 * cores), the stable error codes an input may be refused with, a time bound per kilobyte, and a
 * tally of the cases run that the suite prints at its end.
 */
export const FUZZ_SEED = 20_261_206;

/** `FUZZ_SCALE=10 npx vitest run test/fuzz` runs ten times the cases, for a deeper search by hand. */
export function runs(n: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? 1);
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** The codes of src/ingest/errors.ts: an input refused with anything else is a crash. */
export const INPUT_ERROR_CODES: ReadonlySet<InputErrorCode> = new Set<InputErrorCode>([
  'missing', 'unreadable', 'empty', 'binary', 'too-large', 'invalid-utf8', 'invalid-character', 'too-complex', 'malformed', 'no-article', 'unsupported-language', 'unsupported-format',
]);

/**
 * The CPU time a case may take: a fixed allowance (a slow shared machine, a garbage collection) plus
 * a cost per kilobyte well above the measured rate. Work that grows with the square of the
 * input blows through it on the long runs the generators make.
 */
export interface TimeBound {
  baseMs: number;
  msPerKb: number;
}

export const tally = { cases: new Map<string, number>(), worstMsPerKb: new Map<string, number>() };

/** Runs one case, counts it, and fails it when it takes longer than the bound for its size. */
export function timed<T>(suite: string, input: string, bound: TimeBound, run: () => T): T {
  // CPU time, not the wall clock: on a shared CI machine the clock also counts other jobs.
  const cpu0 = process.cpuUsage();
  const out = run();
  checkTime(suite, input, bound, process.cpuUsage(cpu0));
  return out;
}

/** As `timed`, for a case that awaits (an API request through `inject`). */
export async function timedAsync<T>(suite: string, input: string, bound: TimeBound, run: () => Promise<T>): Promise<T> {
  const cpu0 = process.cpuUsage();
  const out = await run();
  checkTime(suite, input, bound, process.cpuUsage(cpu0));
  return out;
}

function checkTime(suite: string, input: string, bound: TimeBound, cpu: NodeJS.CpuUsage): void {
  const ms = (cpu.user + cpu.system) / 1000;
  const kb = Buffer.byteLength(input) / 1024;
  // FUZZ_DEBUG=1 prints every case with its CPU time, to find the slow one.
  if (process.env.FUZZ_DEBUG) console.log(`${suite} ${ms.toFixed(0)} ms ${kb.toFixed(1)} KB ${input.slice(0, 80)}`);
  tally.cases.set(suite, (tally.cases.get(suite) ?? 0) + 1);
  tally.worstMsPerKb.set(suite, Math.max(tally.worstMsPerKb.get(suite) ?? 0, ms / Math.max(kb, 1)));
  expect(ms, `${suite}: ${ms.toFixed(0)} CPU ms for ${kb.toFixed(1)} KB`).toBeLessThanOrEqual(bound.baseMs + bound.msPerKb * kb);
}

/** An error the batch may report: an InputError with one of the stable codes, naming its input. */
export function expectNamedInputError(err: unknown): asserts err is InputError {
  if (!(err instanceof InputError)) throw err;
  expect(INPUT_ERROR_CODES.has(err.code), `unknown code "${err.code}"`).toBe(true);
  expect(err.input.length).toBeGreaterThan(0);
  expect(err.message.length).toBeGreaterThan(err.input.length);
}

/** A document's offsets point into its own text: evidence a reader can click through to. */
export function expectSpansInside(doc: Document): void {
  const n = doc.text.length;
  const inside = (what: string, r: { start: number; end: number }) => {
    if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= n)) {
      expect.fail(`${doc.source}: ${what} [${r.start}, ${r.end}) outside the text of ${n} characters`);
    }
  };
  for (const r of doc.layers.regions ?? []) inside('region', r);
  for (const r of doc.layers.sentences ?? []) inside('sentence', r);
  for (const m of doc.layers.mentions ?? []) inside(`mention "${m.text}"`, m);
  for (const t of doc.layers.times ?? []) inside('time', t);
  for (const q of doc.layers.quantities ?? []) inside('quantity', q);
  for (const q of doc.layers.quotes ?? []) {
    inside('quote', q);
    inside('quote content', q.content);
    if (q.speakerRange) inside('quote speaker', q.speakerRange);
  }
  for (const c of doc.layers.claims ?? []) inside('claim sentence', c.sentence);
  for (const e of Object.values(doc.meta.evidence)) if (e) inside('metadata evidence', e);
}

const OPTIONS = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns: runs(numRuns), endOnFailure: true });

/**
 * Checks a property with the suite's seed and a bounded count. A failure is reported with the
 * input cut to its first characters: a 20 KB counterexample would bury the reason.
 */
export function checkProperty<T>(arb: fc.Arbitrary<T>, numRuns: number, check: (value: T) => void): void {
  report(fc.check(fc.property(arb, check), OPTIONS(numRuns)));
}

export async function checkPropertyAsync<T>(arb: fc.Arbitrary<T>, numRuns: number, check: (value: T) => Promise<void>): Promise<void> {
  report(await fc.check(fc.asyncProperty(arb, check), OPTIONS(numRuns)));
}

function report<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const shown = JSON.stringify(details.counterexample).slice(0, 600);
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`failed after ${details.numRuns} cases (seed ${FUZZ_SEED}, path "${details.counterexamplePath}"): ${cause}\ninput (first 600 characters of its JSON): ${shown}`);
}

/** The last line of the suite: how many cases each property ran, and the slowest rate seen. */
export function tallyLine(): string {
  const total = [...tally.cases.values()].reduce((a, b) => a + b, 0);
  const parts = [...tally.cases].map(([s, n]) => `${s} ${n} (worst ${(tally.worstMsPerKb.get(s) ?? 0).toFixed(1)} ms/KB)`);
  return `fuzz: ${total} cases, seed ${FUZZ_SEED}: ${parts.join('; ')}`;
}
