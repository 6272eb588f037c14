import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { writeHeapSnapshot } from 'node:v8';
import type { Document } from '../src/model/document.js';
import { ingestRecord } from '../src/ingest/record.js';
import { defaultAnalyzer } from '../src/pipeline/default-analyzer.js';
import { openStore, type Store } from '../src/store/index.js';
import { reanalyze } from '../src/store/incremental.js';
import { LIVE_CORPUS } from '../src/store/live-config.js';
import { databaseMb, freePort, startCluster, type BenchCluster } from './postgres-cluster.js';
import { syntheticCorpus } from './synthetic-corpus.js';
import { updateFigures } from './update-figures.js';

/**
 * `node dist/bench/stream-updates.js [--articles 600] [--batch 32] [--pglite] [--memory-every M] [--heap-snapshot-at N] [--stories FILE] [--prefilter-top K]`:
 * the live corpus's incremental update alone, in one process, as a worker runs it between
 * annotations: the stream bench's real-length articles, annotated a batch at a time (not counted;
 * the process holds no more annotated articles than a worker would), stored in publication order
 * `--batch` at a time, each batch followed by the update a worker's analyze job runs
 * (reanalyzePending). On PostgreSQL (a throwaway cluster) the database's own CPU is not in the
 * figure; `--pglite` runs the embedded store, whose engine shares the process and is counted.
 * One process and no queue: the update's CPU per article without the stream bench's scheduling
 * noise, for comparing builds. Ends with a JSON line: `update_cpu_ms_per_article` (process CPU of
 * the updates over the articles), per thousand articles stored, and `outcome`, a hash of every
 * story's documents and every claim's verdict, equal between builds that analyse alike. On PostgreSQL
 * also `db_mb` (the database on disk) and `per_thousand_updates`: the updates' figures (documents new, loaded, kept, replaced per
 * update; bench/update-figures.ts) over each thousand articles stored.
 * `--memory-every M`: a memory line after the update that passes every M stored articles (RSS, V8
 * heap used, and with `node --expose-gc` the heap still live after a full collection: what the
 * process holds, not garbage awaiting collection). `--heap-snapshot-at N`: a heap snapshot
 * (written in the working directory) after the update that passes N stored articles.
 * `--stories FILE`: every story's documents and claims' verdicts written to FILE as JSON, for
 * comparing two builds' stories (bench/story-agreement.ts) where their outcome hashes differ.
 * `--prefilter-top K`: the updates load each new article's K nearest candidate stories
 * (LiveCorpusConfig.prefilterTop; 0 loads every candidate), to compare settings on one build.
 */
interface Options { articles: number; batch: number; pglite: boolean; memoryEvery: number; heapSnapshotAt: number; stories?: string; prefilterTop?: number }

function parseOptions(args: string[]): Options {
  const value = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const articles = Number(value('--articles') ?? 600);
  const batch = Number(value('--batch') ?? 32);
  const memoryEvery = Number(value('--memory-every') ?? 0);
  const heapSnapshotAt = Number(value('--heap-snapshot-at') ?? 0);
  if (!Number.isInteger(articles) || articles <= 0 || !Number.isInteger(batch) || batch <= 0) throw new Error('--articles and --batch want positive integers');
  if (!Number.isInteger(memoryEvery) || memoryEvery < 0 || !Number.isInteger(heapSnapshotAt) || heapSnapshotAt < 0) throw new Error('--memory-every and --heap-snapshot-at want whole numbers');
  return { articles, batch, pglite: args.includes('--pglite'), memoryEvery, heapSnapshotAt, stories: value('--stories'), prefilterTop: value('--prefilter-top') === undefined ? undefined : Number(value('--prefilter-top')) };
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

/** Every story's documents and every claim's status, hashed: two builds that analyse alike give the same. */
async function outcomeHash(store: Store, storiesFile?: string): Promise<string> {
  const lines: string[] = [];
  const documentsOf: Record<string, { documents: string[]; claims: string[] }> = {};
  for (let after: string[] | undefined, page; (page = await store.listStories({ limit: 500, after })).length > 0;) {
    for (const s of page) {
      const dossier = await store.getStoryDossier(s.id);
      const story = dossier?.stories[0];
      if (!story) continue;
      documentsOf[s.id] = { documents: story.documents, claims: story.claims.map((c) => `${c.text}=${c.status}`) };
      lines.push([[...story.documents].sort().join(','), ...story.claims.map((c) => `${c.text}=${c.status}`).sort()].join('\n'));
    }
    const last = page[page.length - 1];
    after = [last.latest ?? '', last.title, last.id];
  }
  if (storiesFile) writeFileSync(storiesFile, JSON.stringify(documentsOf));
  return createHash('sha256').update(lines.sort().join('\n\n')).digest('hex').slice(0, 16);
}

/** The updates' figures (update-figures.ts) over each thousand articles stored. */
async function perThousandUpdates(url: string, lastRun: number[]): Promise<Record<string, number>[]> {
  const out: Record<string, number>[] = [];
  for (let k = 0; k < lastRun.length; k++) out.push(await updateFigures(url, { after: k === 0 ? 0 : lastRun[k - 1] ?? 0, upTo: lastRun[k] ?? 0 }));
  return out;
}

const mb = (bytes: number): number => Math.round(bytes / 1048576);

/** The process's memory now: RSS, heap used, and (under --expose-gc) the heap live after a full collection. */
function memoryLine(stored: number): string {
  const before = process.memoryUsage();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const after = process.memoryUsage();
  return `${JSON.stringify({
    stored, rss_mb: mb(before.rss), heap_used_mb: mb(before.heapUsed), ...(gc ? { heap_live_mb: mb(after.heapUsed) } : {}),
    external_mb: mb(after.external), array_buffers_mb: mb(after.arrayBuffers), peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
  })}\n`;
}

async function main(opts: Options): Promise<void> {
  process.stdout.write(`# node dist/bench/stream-updates.js --articles ${opts.articles} --batch ${opts.batch}${opts.pglite ? ' --pglite' : ''}${opts.prefilterTop === undefined ? '' : ` --prefilter-top ${opts.prefilterTop}`}\n# load ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
  const corpus = syntheticCorpus(opts.articles, 1, { length: 'real' });
  const order = corpus.records.map((_, i) => i).sort((a, b) => corpus.published[a].localeCompare(corpus.published[b]) || a - b);
  const article = (at: number): Document => defaultAnalyzer.annotateDocument(ingestRecord(corpus.records[order[at]], `stream#${order[at] + 1}`));
  let cluster: BenchCluster | null = null;
  try {
    if (!opts.pglite) cluster = startCluster(await freePort());
    const store = await openStore({ url: cluster?.url ?? null, dir: null });
    const config = opts.prefilterTop === undefined ? LIVE_CORPUS : { ...LIVE_CORPUS, prefilterTop: opts.prefilterTop };
    try {
      const perThousand: number[] = [];
      let cpu = 0;
      let wall = 0;
      let updates = 0;
      // The last run id of each thousand articles stored, for the updates' figures per thousand.
      const lastRun: number[] = [];
      for (let at = 0; at < order.length; at += opts.batch) {
        const batch: Document[] = [];
        for (let i = at; i < Math.min(order.length, at + opts.batch); i++) batch.push(article(i));
        await store.addDocuments(batch);
        const c0 = process.cpuUsage();
        const t0 = Date.now();
        // The first run reads everything (a worker's analyze job on a store without stories), the others update.
        const run = (await store.counts()).stories === 0 ? await reanalyze(store, defaultAnalyzer, [], undefined, config) : await reanalyze(store, defaultAnalyzer, [], await store.unanalysedDocuments(), config);
        const spent = cpuMs(c0);
        cpu += spent;
        wall += Date.now() - t0;
        updates++;
        const thousand = Math.floor(at / 1000);
        perThousand[thousand] = (perThousand[thousand] ?? 0) + spent;
        if (run !== null) lastRun[thousand] = run;
        const stored = at + batch.length;
        if (opts.memoryEvery > 0 && Math.floor(stored / opts.memoryEvery) > Math.floor(at / opts.memoryEvery)) process.stdout.write(memoryLine(stored));
        if (opts.heapSnapshotAt > 0 && stored >= opts.heapSnapshotAt && at < opts.heapSnapshotAt) process.stdout.write(`# heap snapshot ${writeHeapSnapshot()}\n`);
      }
      const round = (x: number) => Math.round(x * 10) / 10;
      process.stdout.write(`${JSON.stringify({
        update_cpu_ms_per_article: round(cpu / order.length),
        update_wall_ms_per_article: round(wall / order.length),
        per_thousand_cpu_ms_per_article: perThousand.map((c, i) => round(c / Math.min(1000, order.length - i * 1000))),
        updates, articles: order.length, batch: opts.batch, engine: store.engine,
        peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
        ...(cluster ? { db_mb: Math.round(await databaseMb(cluster.url)), per_thousand_updates: await perThousandUpdates(cluster.url, lastRun) } : {}),
        outcome: await outcomeHash(store, opts.stories),
      })}\n`);
    } finally {
      await store.close();
    }
  } finally {
    cluster?.stop();
  }
}

await main(parseOptions(process.argv.slice(2)));
