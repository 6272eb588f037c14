import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Document } from '../src/model/document.js';
import { ingestRecord } from '../src/ingest/record.js';
import { FurnitureIndex } from '../src/clean/furniture.js';
import { standardPipeline } from '../src/pipeline/analyze.js';
import { syntheticCorpus, type ArticleLength } from './synthetic-corpus.js';
import { timedPipeline, type StageTimes } from './timed-pipeline.js';

/**
 * `node dist/bench/annotate.js [--articles 200] [--rounds 5] [--length real|wire] [--dump FILE]`:
 * the per-document stages alone (clean, tokens, entities, time, quantities, quotes, hedges,
 * claims), no store and no corpus stages, on generated articles of real news length. Each round
 * ingests the records afresh and annotates every document; the first round warms the JIT and is
 * left out. Prints one JSON line: `annotate_cpu_ms_per_article`, the CPU of the per-document
 * stages after ingest (the median over the rounds; CPU, not wall: the machine is shared), the
 * same split by stage (from a second pass of each round with a timer around each stage, whose
 * own cost `split_cpu_ms_per_article` includes), and a hash of every annotation layer, so two
 * builds can be checked to annotate identically (`--dump` writes the layers themselves).
 */
interface Options { articles: number; rounds: number; length: ArticleLength; dump: string | null }

function parseOptions(args: string[]): Options {
  const value = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const articles = Number(value('--articles') ?? 200);
  const rounds = Number(value('--rounds') ?? 5);
  if (!Number.isInteger(articles) || articles <= 0 || !Number.isInteger(rounds) || rounds <= 0) throw new Error('--articles and --rounds want positive integers');
  return { articles, rounds, length: value('--length') === 'wire' ? 'wire' : 'real', dump: value('--dump') ?? null };
}

/** Typed arrays and maps as plain JSON, so the layers can be hashed and diffed. */
function layerReplacer(_key: string, v: unknown): unknown {
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
  if (v instanceof Map) return [...v.entries()];
  if (v instanceof Set) return [...v];
  return v;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function main(opts: Options): void {
  const { records } = syntheticCorpus(opts.articles, 1, { length: opts.length });
  const perRound: StageTimes[] = [];
  const untimed: number[] = [];
  let layersJson = '';
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const c = process.cpuUsage(since);
    return (c.user + c.system) / 1000;
  };
  // Each round twice: once with a timer around every stage (the split), once with one timer
  // around the whole annotation (the total, without the timers' own cost: two getrusage calls per stage).
  for (let round = 0; round <= opts.rounds; round++) {
    for (const split of [true, false]) {
      const cpu: StageTimes = {};
      const c0 = process.cpuUsage();
      const documents: Document[] = records.map((r, i) => ingestRecord(r, `synthetic#${i + 1}`));
      cpu.ingest = cpuMs(c0);
      const pipeline = standardPipeline(FurnitureIndex.fromDocuments(documents));
      const c1 = process.cpuUsage();
      const annotating = split ? timedPipeline(pipeline, {}, cpu) : pipeline;
      for (const doc of documents) annotating.annotate(doc);
      if (round > 0 && split) perRound.push(cpu);
      if (round > 0 && !split) untimed.push(cpuMs(c1) / opts.articles);
      if (round === opts.rounds && !split) layersJson = documents.map((d) => JSON.stringify({ source: d.source, layers: d.layers }, layerReplacer)).join('\n');
    }
  }
  // Corpus stages are wrapped too but never run here.
  const stages = Object.keys(perRound[0]).filter((s) => perRound.some((r) => r[s] > 0));
  const perArticle = (t: StageTimes) => Object.fromEntries(stages.map((s) => [s, t[s] / opts.articles]));
  const rows = perRound.map(perArticle);
  const round1 = (x: number) => Math.round(x * 100) / 100;
  const stagesCpu = Object.fromEntries(stages.map((s) => [s, round1(median(rows.map((r) => r[s])))]));
  const totals = rows.map((r) => stages.reduce((n, s) => (s === 'ingest' ? n : n + r[s]), 0));
  if (opts.dump) writeFileSync(opts.dump, `${layersJson}\n`);
  process.stdout.write(`${JSON.stringify({
    articles: opts.articles,
    length: opts.length,
    rounds: opts.rounds,
    annotate_cpu_ms_per_article: round1(median(untimed)),
    annotate_cpu_ms_per_article_rounds: untimed.map(round1),
    split_cpu_ms_per_article: round1(median(totals)),
    stages_cpu_ms_per_article: stagesCpu,
    layers_sha256: createHash('sha256').update(layersJson).digest('hex').slice(0, 16),
    loadavg: loadavg().map(round1),
  })}\n`);
}

main(parseOptions(process.argv.slice(2)));
