import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { databaseMb, freePort, startCluster, type BenchCluster } from './postgres-cluster.js';
import { syntheticCorpus } from './synthetic-corpus.js';
import { updateFigures } from './update-figures.js';

/**
 * `npm run bench:stream -- --articles N [--workers W] [--postgres] [--window K] [--concurrency C] [--every M] [--heap-mb H] [--profile DIR]`:
 * real-length generated articles (500–900 words, bench/synthetic-corpus.ts) fed in publication
 * order through POST /api/documents of a server process, annotated and analysed by the real
 * workers: the server's own on the embedded store (PGlite, one process), or with --postgres W
 * worker processes on a throwaway PostgreSQL cluster. The feed keeps at most K articles posted
 * and not yet visible (a steady stream, not one burst: by Little's law the time to visible is
 * about K over the throughput). Prints the command and the machine, then one JSON line:
 * articles_per_s (from the first POST to the last article visible), p95_visible_ms (from an
 * article's POST to the saved analysis that puts it in its story), peak_rss_mb (the largest of
 * the bench's Node processes; PostgreSQL's own are not counted), db_mb, workers, articles, and on
 * PostgreSQL the updates' figures (updateFigures). Every M
 * visible articles (default 1000) a checkpoint line gives the figures so far and over the last
 * interval; SIGINT stops the feed and ends with the figures of what is visible by then.
 */
/** The bench's defaults, each with its reason. */
const STREAM_BENCH = {
  articles: 1000,
  /**
   * Articles posted and not yet visible, at most: enough for the worker's batching (an update
   * takes the backlog, up to 64 new documents, while annotation runs beside it), few enough that
   * the time to visible measures the pipeline and not a queue the feed built up.
   */
  window: 64,
  /** Concurrent POSTs: a few clients, as several feeds would post; the window bounds the backlog anyway. */
  concurrency: 4,
  /** Checkpoint lines every this many visible articles: growth within one run. */
  every: 1000,
  /** A run with no article becoming visible for this long is stuck (a corpus run on the loaded machine takes tens of seconds). */
  stallMs: 180_000,
  /**
   * V8's old-space limit of the server and worker processes (`--max-old-space-size`, MB), as a
   * deployment runs them (docs/scaling.md, Memory). An updating worker holds ~250–350 MB live
   * (its kept documents, the name and signature caches), but under V8's default limit (a quarter
   * of the machine's memory) its heap grew to about four times that before each full collection:
   * 1,592 MB RSS at 5,000 articles. With 1,024 MB it collects sooner, at a similar CPU cost, and
   * the process stays under about 800 MB (`--heap-mb 0`: V8's default).
   */
  heapMb: 1024,
} as const;

interface Options { articles: number; workers: number; postgres: boolean; window: number; concurrency: number; seed: number; every: number; heapMb: number }

function parse(args: string[]): Options {
  const int = (name: string, fallback: number, least = 1) => {
    const at = args.indexOf(`--${name}`);
    const n = at < 0 ? fallback : Number(args[at + 1]);
    if (!Number.isInteger(n) || n < least) throw new Error(`--${name} wants an integer of at least ${least}`);
    return n;
  };
  const postgres = args.includes('--postgres');
  const workers = int('workers', postgres ? 2 : 1);
  if (!postgres && workers !== 1) throw new Error('the embedded store runs one worker, inside the server: --workers needs --postgres');
  return {
    articles: int('articles', STREAM_BENCH.articles), workers, postgres, window: int('window', STREAM_BENCH.window),
    concurrency: int('concurrency', STREAM_BENCH.concurrency), seed: int('seed', 1), every: int('every', STREAM_BENCH.every),
    heapMb: int('heap-mb', STREAM_BENCH.heapMb, 0),
  };
}

interface Usage { rssMb: number; cpuS: number }

/** A bench process whose stdout lines go to `onLine`; `usage` is its latest report, `stop` resolves with its last once SIGTERM ends it. */
interface BenchChild { proc: ChildProcess; exited: () => string | null; usage: () => Usage; stop: () => Promise<Usage> }

/** `--profile DIR`: the server and workers write V8 CPU profiles there (node --cpu-prof). */
let nodeFlags: string[] = [];

function spawnBench(script: string, args: string[], env: NodeJS.ProcessEnv, onLine: (line: string) => void): BenchChild {
  const proc = spawn(process.execPath, [...nodeFlags, fileURLToPath(new URL(script, import.meta.url)), ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
  let exit: string | null = null;
  let usage: Usage = { rssMb: 0, cpuS: 0 };
  proc.once('exit', (code, signal) => { exit = `${script} exited ${signal ?? code}`; });
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    if (line.startsWith('usage ')) {
      const [, rss, cpu] = line.split(' ');
      usage = { rssMb: Number(rss), cpuS: Number(cpu) };
    } else onLine(line);
  });
  return {
    proc,
    exited: () => exit,
    usage: () => usage,
    stop: () => new Promise((resolve) => {
      if (exit) return resolve(usage);
      proc.once('exit', () => resolve(usage));
      proc.kill('SIGTERM');
    }),
  };
}

/**
 * POST, asked again when the connection breaks or the request times out: on the embedded store a
 * corpus run holds the server's thread past its keep-alive timeout and the idle connection is reset. Storing is
 * idempotent (content hash), so a second attempt at an article the first one stored answers "existing".
 */
async function post(url: string, body: string, attempts = 5): Promise<Response> {
  for (let i = 1; ; i++) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      // 408: the server's request timeout ran out while its thread was held the same way.
      if (res.status !== 408 || i >= attempts) return res;
      await res.body?.cancel();
    } catch (err) {
      if (i >= attempts) throw err;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function directoryMb(dir: string): number {
  const du = spawnSync('du', ['-sk', dir], { encoding: 'utf8' });
  return Number(du.stdout.split('\t')[0]) / 1024;
}

/** Tracks which posted articles are visible in their stories, and wakes whoever waits for a change. */
class Visibility {
  readonly postedAt = new Map<string, number>();
  readonly visibleAt = new Map<string, number>();
  private pending = new Set<string>();
  private waiters: (() => void)[] = [];
  lastChange = Date.now();

  /** An article the server answered for; one already visible (a duplicate of an earlier one) is not timed again. */
  posted(id: string, at: number): void {
    if (this.visibleAt.has(id) || this.postedAt.has(id)) return;
    this.postedAt.set(id, at);
    this.pending.add(id);
  }

  visible(line: string): void {
    const [, at, ...ids] = line.split(' ');
    for (const id of ids) {
      if (this.visibleAt.has(id)) continue;
      this.visibleAt.set(id, Number(at));
      this.pending.delete(id);
    }
    this.lastChange = Date.now();
    for (const wake of this.waiters.splice(0)) wake();
  }

  get outstanding(): number { return this.pending.size; }

  /** Milliseconds from POST to visible of the posted articles now visible whose visible time passes `keep`, sorted. */
  latencies(keep: (id: string, visibleAt: number) => boolean): number[] {
    const out: number[] = [];
    for (const [id, posted] of this.postedAt) {
      const at = this.visibleAt.get(id);
      if (at !== undefined && keep(id, at)) out.push(at - posted);
    }
    return out.sort((a, b) => a - b);
  }

  /** Resolves at the next visibility change, or after `ms`. */
  change(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.waiters.push(() => { clearTimeout(timer); resolve(); });
    });
  }
}

async function main(args: string[]): Promise<void> {
  const opts = parse(args);
  const profile = args.indexOf('--profile');
  if (opts.heapMb > 0) nodeFlags.push(`--max-old-space-size=${opts.heapMb}`);
  if (profile >= 0) nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${args[profile + 1]}`);
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`;
  process.stdout.write(`# npm run bench:stream -- ${args.join(' ')}\n# machine: ${machine}, node ${process.version}\n`);

  const corpus = syntheticCorpus(opts.articles, opts.seed, { length: 'real' });
  const order = corpus.records.map((_, i) => i).sort((a, b) => corpus.published[a].localeCompare(corpus.published[b]) || a - b);
  const bodies = order.map((i) => JSON.stringify(corpus.records[i]));

  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-stream-'));
  let cluster: BenchCluster | null = null;
  const children: BenchChild[] = [];
  const seen = new Visibility();
  const onLine = (line: string) => { if (line.startsWith('visible ')) seen.visible(line); };
  try {
    if (opts.postgres) cluster = startCluster(await freePort());
    const env = { ...process.env, DATABASE_URL: cluster?.url ?? '' };
    let port = '';
    const ready = new Promise<void>((resolve, reject) => {
      const server = spawnBench('./stream-server.js', [join(dir, 'db')], env, (line) => {
        if (line.startsWith('ready ')) { port = line.split(' ')[1]; resolve(); } else onLine(line);
      });
      server.proc.once('exit', (code) => reject(new Error(`the bench server exited ${code}`)));
      children.push(server);
    });
    await ready;
    if (opts.postgres) {
      await Promise.all(Array.from({ length: opts.workers }, () => new Promise<void>((resolve) => {
        children.push(spawnBench('./stream-worker.js', [], env, (line) => { if (line === 'ready') resolve(); else onLine(line); }));
      })));
    }
    const base = `http://127.0.0.1:${port}`;

    let next = 0;
    let refused = 0;
    const t0 = Date.now();
    // SIGINT stops the feed and ends with the figures of what became visible so far.
    const stopping = new AbortController();
    process.once('SIGINT', () => stopping.abort());
    const round = (x: number) => Math.round(x * 10) / 10;
    const dbMb = async () => round(cluster ? await databaseMb(cluster.url) : directoryMb(join(dir, 'db')));
    const peakRss = (usage: Usage[]) => Math.max(...usage.map((u) => u.rssMb), Math.round(process.resourceUsage().maxRSS / 1024));
    // Every `every` visible articles a checkpoint line: the figures so far and over the last interval, so growth shows within one run.
    let checkpoint = { visible: 0, at: t0 };
    const checkpoints = setInterval(() => {
      if (seen.visibleAt.size < checkpoint.visible + opts.every) return;
      const now = Date.now();
      const interval = seen.latencies((_, at) => at > checkpoint.at);
      const all = seen.latencies(() => true);
      const figures = {
        checkpoint: seen.visibleAt.size, elapsed_s: round((now - t0) / 1000),
        articles_per_s: round(all.length / ((now - t0) / 1000)), interval_articles_per_s: round(interval.length / ((now - checkpoint.at) / 1000)),
        interval_p95_visible_ms: Math.round(percentile(interval, 95)), peak_rss_mb: peakRss(children.map((c) => c.usage())),
        rss_mb: children.map((c) => c.usage().rssMb), load: round(loadavg()[0]),
      };
      void dbMb().then((db) => process.stdout.write(`${JSON.stringify({ ...figures, db_mb: db })}\n`));
      checkpoint = { visible: seen.visibleAt.size, at: now };
    }, 2000);
    checkpoints.unref();
    const client = async () => {
      while (next < bodies.length && !stopping.signal.aborted) {
        while (seen.outstanding >= opts.window && !stopping.signal.aborted) await seen.change(1000);
        // Another client may have taken the last article while this one waited.
        if (stopping.signal.aborted || next >= bodies.length) break;
        const body = bodies[next++];
        const at = Date.now();
        const res = await post(`${base}/api/documents`, body);
        const answer = await res.json() as { documents?: { id: string; status: string }[] };
        if (res.status >= 300) throw new Error(`POST answered ${res.status}: ${JSON.stringify(answer)}`);
        // "existing": a retried POST whose first attempt was stored, or a generated duplicate.
        for (const d of answer.documents ?? []) {
          if (d.status !== 'queued') refused++;
          seen.posted(d.id, at);
        }
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, client));
    const postedS = (Date.now() - t0) / 1000;
    while (seen.outstanding > 0 && !stopping.signal.aborted) {
      await seen.change(1000);
      const dead = children.map((c) => c.exited()).find((e) => e);
      if (dead) throw new Error(dead);
      if (Date.now() - seen.lastChange > STREAM_BENCH.stallMs) throw new Error(`${seen.outstanding} articles still not visible after ${STREAM_BENCH.stallMs / 1000} s without progress`);
    }
    clearInterval(checkpoints);
    const latencies = seen.latencies(() => true);
    const lastVisible = stopping.signal.aborted ? Date.now() : [...seen.visibleAt.values()].reduce((m, at) => Math.max(m, at), t0);
    const db = await dbMb();
    const updates = cluster ? await updateFigures(cluster.url) : null;
    const usage = await Promise.all(children.map((c) => c.stop()));
    children.length = 0;
    process.stdout.write(`${JSON.stringify({
      articles_per_s: round(latencies.length / ((lastVisible - t0) / 1000)),
      p95_visible_ms: Math.round(percentile(latencies, 95)),
      p50_visible_ms: Math.round(percentile(latencies, 50)),
      peak_rss_mb: peakRss(usage),
      db_mb: db,
      workers: opts.workers,
      articles: latencies.length,
      ...(stopping.signal.aborted ? { stopped_early: true, asked: opts.articles } : {}),
      engine: opts.postgres ? 'postgres' : 'pglite',
      window: opts.window, concurrency: opts.concurrency, heap_mb: opts.heapMb,
      posted_s: round(postedS),
      // CPU seconds of the server and workers: on a shared machine, wall time also counts others' work.
      worker_cpu_s: round(usage.reduce((n, u) => n + u.cpuS, 0)),
      rss_mb: { server: usage[0]?.rssMb, workers: usage.slice(1).map((u) => u.rssMb), client: Math.round(process.resourceUsage().maxRSS / 1024) },
      ...(refused > 0 ? { not_queued: refused } : {}),
      ...(updates ? { updates } : {}),
      cores: cpus().length,
    })}\n`);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
