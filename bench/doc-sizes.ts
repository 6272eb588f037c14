import { ingestText, InputError } from '../src/ingest/index.js';
import type { Document } from '../src/model/document.js';
import { FurnitureIndex } from '../src/clean/furniture.js';
import { standardPipeline } from '../src/pipeline/analyze.js';
import { buildDossier } from '../src/report/dossier.js';
import { longDocument } from './long-document.js';
import { WORK_BUDGET } from '../src/ingest/work-budget.js';
import { timedPipeline, type StageTimes } from './timed-pipeline.js';

/** "64k,256k,1m,16m" to bytes: k is 1024 bytes, m is 1024 * 1024 (so "16m" is 16 MiB). */
export function parseDocSizes(spec: string): number[] {
  const sizes = spec.split(',').map((s) => {
    const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
    if (!m) return NaN;
    return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'm' ? 1048576 : m[2].toLowerCase() === 'k' ? 1024 : 1));
  });
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--doc-sizes wants sizes such as 64k,256k,1m separated by commas, got "${spec}"`);
  return sizes;
}

export interface DocSizeMeasure {
  doc_bytes: number;
  /** Ingest, every stage and the dossier, wall clock and CPU, for the one document. */
  seconds: number;
  cpu_s: number;
  s_per_mb: number;
  cpu_s_per_mb: number;
  tokens: number;
  /** The named error that ended the document's analysis, if one did ("too-complex"). */
  refused: string | null;
  message?: string;
  peak_rss_mb: number;
  stages_ms: Record<string, number>;
}

/**
 * One generated document of `bytes` with no line break (the hostile case: one line, one
 * paragraph), analysed alone after a small warm-up document has loaded the models, so the
 * figure is the document's own cost and not the process's start.
 */
export function measureDocSize(bytes: number, { liftBudget = false } = {}): DocSizeMeasure {
  // This process measures one document and exits: lifting the budget here changes nothing else.
  if (liftBudget) Object.assign(WORK_BUDGET, { maxWords: Infinity, maxAnnotateMs: Infinity });
  const warm = ingestText(longDocument(8 * 1024, { seed: 3 }), 'warm-up.txt');
  standardPipeline().run(warm.documents);
  const text = longDocument(bytes);
  const stages: StageTimes = {};
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let refused: string | null = null;
  let message: string | undefined;
  let tokens = 0;
  // As the CLI does: a refused input is an error that names it, and the batch goes on.
  let documents: Document[] = [];
  const errors: InputError[] = [];
  try {
    const r = ingestText(text, `long-${bytes}.txt`);
    [documents, errors[0]] = [r.documents, r.errors[0]];
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    errors.push(err);
  }
  if (!errors[0]) errors.length = 0;
  const t1 = performance.now();
  if (errors.length) [refused, message] = [errors[0].code, errors[0].message];
  if (documents.length) {
    const { corpus, failures } = timedPipeline(standardPipeline(FurnitureIndex.fromDocuments(documents)), stages).run(documents);
    if (failures.length) [refused, message] = ['too-complex', failures[0].message];
    JSON.stringify(buildDossier(corpus, errors, { failures }));
    tokens = corpus.documents.reduce((n, d) => n + (d.layers.tokens?.count ?? 0), 0);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const mb = Buffer.byteLength(text) / 1048576;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    doc_bytes: Buffer.byteLength(text),
    seconds: r(seconds),
    cpu_s: r(cpuS),
    s_per_mb: r(seconds / mb),
    cpu_s_per_mb: r(cpuS / mb),
    tokens,
    refused,
    ...(message ? { message } : {}),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    stages_ms: { ingest: Math.round(t1 - t0), ...Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v)])) },
  };
}

/** The closing line: seconds per MB of the largest size against 256 KB (or the smallest given). */
export function docSizeSummary(lines: DocSizeMeasure[]): Record<string, unknown> {
  const base = lines.find((l) => l.doc_bytes >= 256 * 1024 && l.doc_bytes < 257 * 1024) ?? lines[0];
  const top = lines[lines.length - 1];
  const analysed = lines.filter((l) => !l.refused);
  const biggest = analysed[analysed.length - 1];
  const ratio = (a: DocSizeMeasure, b: DocSizeMeasure) => Math.round((a.cpu_s_per_mb / b.cpu_s_per_mb) * 1000) / 1000;
  return {
    summary: 'doc-sizes',
    base_bytes: base.doc_bytes,
    largest_bytes: top.doc_bytes,
    // CPU seconds, not wall: on a shared machine the wall clock also counts other people's jobs.
    ratio_cpu_s_per_mb_largest_to_base: ratio(top, base),
    largest_refused: top.refused,
    largest_seconds: top.seconds,
    // Refused sizes cost a counting pass; the analysed ones show how the stages scale.
    ...(biggest && analysed[0] !== biggest ? { smallest_analysed_bytes: analysed[0].doc_bytes, largest_analysed_bytes: biggest.doc_bytes, ratio_cpu_s_per_mb_largest_to_smallest_analysed: ratio(biggest, analysed[0]) } : {}),
  };
}
