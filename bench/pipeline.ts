import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Document } from '../src/model/document.js';
import { ingestRecord } from '../src/ingest/record.js';
import { InputError } from '../src/ingest/errors.js';
import { FurnitureIndex } from '../src/clean/furniture.js';
import { standardPipeline } from '../src/pipeline/analyze.js';
import { buildDossier } from '../src/report/dossier.js';
import { benchTagger } from '../src/annotate/entities/bench.js';
import { syntheticCorpus, type ArticleLength } from './synthetic-corpus.js';
import { timedPipeline, type StageTimes } from './timed-pipeline.js';
import { docSizeSummary, measureDocSize, parseDocSizes, type DocSizeMeasure } from './doc-sizes.js';

/**
 * `npm run bench [-- --sizes 100,1000,10000] [--length real]`: the whole pipeline (ingest from in-memory records,
 * every stage, the dossier and its JSON) on a generated corpus at each size, each size in its own
 * process so peak RSS is that size's; then the NER tagger alone. `--length real`: articles of
 * real news length (500–900 words) instead of the short wire-copy default. One JSON line per measurement.
 *
 * `npm run bench -- --doc-sizes 64k,256k,1m,4m,16m`: instead, one generated document of each
 * size with no line break, each in its own process; seconds per MB for each size, then the ratio
 * of the largest to 256 KB (linear work keeps it near 1; the work budget refuses what is too big).
 * Add `--no-budget` to analyse every size regardless of the work budget: how each stage scales
 * past the budget shows which would go superlinear first.
 */
const DEFAULT_SIZES = [100, 1000, 10000];

function measureSize(articles: number, length: ArticleLength): Record<string, unknown> {
  const { records, stories: generatedStories, copies: generatedCopies } = syntheticCorpus(articles, 1, { length });
  const stages: StageTimes = {};
  const stagesCpu: StageTimes = {};
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();

  const documents: Document[] = [];
  const seen = new Set<string>();
  let refused = 0;
  records.forEach((r, i) => {
    try {
      // As ingestPaths does: the same content is one document.
      const doc = ingestRecord(r, `synthetic#${i + 1}`);
      if (!seen.has(doc.id)) documents.push(doc);
      seen.add(doc.id);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      refused++;
    }
  });
  const t1 = performance.now();
  const furniture = FurnitureIndex.fromDocuments(documents);
  const t2 = performance.now();
  const { corpus, failures } = timedPipeline(standardPipeline(furniture), stages, stagesCpu).run(documents);
  const t3 = performance.now();
  const json = JSON.stringify(buildDossier(corpus, [], { failures }));
  const t4 = performance.now();

  const ms = t4 - t0;
  // CPU seconds beside wall time: on a shared machine the wall clock also counts other people's jobs.
  const cpu = process.cpuUsage(cpu0);
  const tokens = corpus.documents.reduce((n, d) => n + (d.layers.tokens?.count ?? 0), 0);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    articles,
    length,
    articles_per_s: round(articles / (ms / 1000)),
    tokens_per_s: Math.round(tokens / (ms / 1000)),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    stories: corpus.stories?.length ?? 0,
    generated_stories: generatedStories,
    copies: (corpus.publishers ?? []).reduce((n, p) => n + p.copies.length, 0),
    generated_copies: generatedCopies,
    ms: Math.round(ms),
    cpu_s: round((cpu.user + cpu.system) / 1e6),
    tokens,
    refused,
    duplicates: records.length - refused - documents.length,
    stage_failures: failures.length,
    conflicts: corpus.conflicts?.length ?? 0,
    dossier_mb: round(json.length / 1048576),
    stages_ms: {
      ingest: Math.round(t1 - t0),
      furniture: Math.round(t2 - t1),
      ...Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v)])),
      dossier: Math.round(t4 - t3),
    },
    stages_cpu_ms: Object.fromEntries(Object.entries(stagesCpu).map(([k, v]) => [k, Math.round(v)])),
  };
}

function parseSizes(args: string[]): number[] {
  const at = args.indexOf('--sizes');
  if (at < 0) return DEFAULT_SIZES;
  const sizes = (args[at + 1] ?? '').split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes wants positive integers separated by commas, got "${args[at + 1] ?? ''}"`);
  return sizes;
}

function runChild(args: string[]): number {
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
  return r.status ?? 1;
}

/** Each size in its own process; the lines are printed as they come and summed up at the end. */
function runDocSizes(spec: string, liftBudget: boolean): number {
  const lines: DocSizeMeasure[] = [];
  for (const size of parseDocSizes(spec)) {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--doc-child', String(size), ...(liftBudget ? ['--no-budget'] : [])], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 24 });
    process.stdout.write(r.stdout);
    if (r.status !== 0) return r.status ?? 1;
    lines.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as DocSizeMeasure);
  }
  process.stdout.write(`${JSON.stringify(docSizeSummary(lines))}\n`);
  return 0;
}

function main(args: string[]): void {
  if (args[0] === '--child') {
    const what = args[1];
    const line = what === 'tagger' ? { component: 'ner-tagger', ...benchTagger() } : measureSize(Number(what), args[2] === 'real' ? 'real' : 'wire');
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return;
  }
  if (args[0] === '--doc-child') {
    process.stdout.write(`${JSON.stringify(measureDocSize(Number(args[1]), { liftBudget: args.includes('--no-budget') }))}\n`);
    return;
  }
  const docSizes = args.indexOf('--doc-sizes');
  if (docSizes >= 0) {
    process.exitCode = runDocSizes(args[docSizes + 1] ?? '', args.includes('--no-budget'));
    return;
  }
  const length = args[args.indexOf('--length') + 1] === 'real' ? 'real' : 'wire';
  let status = 0;
  for (const size of parseSizes(args)) status ||= runChild(['--child', String(size), length]);
  status ||= runChild(['--child', 'tagger']);
  process.exitCode = status;
}

main(process.argv.slice(2));
