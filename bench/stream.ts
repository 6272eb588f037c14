import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startCluster, type BenchCluster } from './postgres-cluster.js';
import { syntheticCorpus } from './synthetic-corpus.js';

/**
 * `npm run bench:stream -- --articles N [--workers W] [--postgres] [--window K] [--concurrency C] [--profile DIR]`:
 * real-length generated articles (500–900 words, bench/synthetic-corpus.ts) fed in publication
 * order through POST /api/documents of a server process, annotated and analysed by the real
 * workers: the server's own on the embedded store (PGlite, one process), or with --postgres W
 * worker processes on a throwaway PostgreSQL cluster. The feed keeps at most K articles posted
 * and not yet visible (a steady stream, not one burst: by Little's law the time to visible is
 * about K over the throughput). Prints the command and the machine, then one JSON line:
 * articles_per_s (from the first POST to the last article visible), p95_visible_ms (from an
 * article's POST to the saved analysis that puts it in its story), peak_rss_mb (the largest of
 * the bench's Node processes; PostgreSQL's own are not counted), db_mb, workers, articles.
 */
const STALL_MS = 180_000;

interface Options { articles: number; workers: number; postgres: boolean; window: number; concurrency: number; seed: number }

function parse(args: string[]): Options {
  const int = (name: string, fallback: number) => {
    const at = args.indexOf(`--${name}`);
    const n = at < 0 ? fallback : Number(args[at + 1]);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} wants a positive integer`);
    return n;
  };
  const postgres = args.includes('--postgres');
  const workers = int('workers', postgres ? 2 : 1);
  if (!postgres && workers !== 1) throw new Error('the embedded store runs one worker, inside the server: --workers needs --postgres');
  return { articles: int('articles', 1000), workers, postgres, window: int('window', 64), concurrency: int('concurrency', 4), seed: int('seed', 1) };
}

/** A bench process whose stdout lines go to `onLine`; `stopped` resolves with its peak RSS and CPU seconds once SIGTERM ends it. */
interface BenchChild { proc: ChildProcess; exited: () => string | null; stop: () => Promise<{ rssMb: number; cpuS: number }> }

/** `--profile DIR`: the server and workers write V8 CPU profiles there (node --cpu-prof). */
let nodeFlags: string[] = [];

function spawnBench(script: string, args: string[], env: NodeJS.ProcessEnv, onLine: (line: string) => void): BenchChild {
  const proc = spawn(process.execPath, [...nodeFlags, fileURLToPath(new URL(script, import.meta.url)), ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
  let exit: string | null = null;
  let usage = { rssMb: 0, cpuS: 0 };
  proc.once('exit', (code, signal) => { exit = `${script} exited ${signal ?? code}`; });
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    if (line.startsWith('stopped ')) {
      const [, rss, cpu] = line.split(' ');
      usage = { rssMb: Number(rss), cpuS: Number(cpu) };
    } else onLine(line);
  });
  return {
    proc,
    exited: () => exit,
    stop: () => new Promise((resolve) => {
      if (exit) return resolve(usage);
      proc.once('exit', () => resolve(usage));
      proc.kill('SIGTERM');
    }),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function databaseMb(url: string): Promise<number> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ bytes: string }>('SELECT pg_database_size(current_database())::text AS bytes');
  await client.end();
  return Number(rows[0].bytes) / 1048576;
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

  posted(id: string, at: number): void {
    this.postedAt.set(id, at);
    if (!this.visibleAt.has(id)) this.pending.add(id);
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
  if (profile >= 0) nodeFlags = ['--cpu-prof', `--cpu-prof-dir=${args[profile + 1]}`];
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
    // Progress on stderr, so a long run shows how it goes (and what it reached if it is stopped).
    const progress = setInterval(() => process.stderr.write(`bench:stream ${Math.round((Date.now() - t0) / 1000)} s: ${seen.visibleAt.size} visible, ${seen.outstanding} waiting, ${next} posted\n`), 30_000);
    progress.unref();
    const client = async () => {
      while (next < bodies.length) {
        while (seen.outstanding >= opts.window) await seen.change(1000);
        const body = bodies[next++];
        const at = Date.now();
        const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const answer = await res.json() as { documents?: { id: string; status: string }[] };
        if (res.status >= 300) throw new Error(`POST answered ${res.status}: ${JSON.stringify(answer)}`);
        for (const d of answer.documents ?? []) {
          if (d.status === 'queued') seen.posted(d.id, at);
          else refused++;
        }
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, client));
    const postedS = (Date.now() - t0) / 1000;
    while (seen.outstanding > 0) {
      await seen.change(1000);
      const dead = children.map((c) => c.exited()).find((e) => e);
      if (dead) throw new Error(dead);
      if (Date.now() - seen.lastChange > STALL_MS) throw new Error(`${seen.outstanding} articles still not visible after ${STALL_MS / 1000} s without progress`);
    }
    clearInterval(progress);
    const latencies = [...seen.postedAt].map(([id, at]) => seen.visibleAt.get(id)! - at).sort((a, b) => a - b);
    const lastVisible = [...seen.postedAt.keys()].reduce((m, id) => Math.max(m, seen.visibleAt.get(id)!), t0);
    const dbMb = cluster ? await databaseMb(cluster.url) : null;
    const usage = await Promise.all(children.map((c) => c.stop()));
    children.length = 0;
    const own = process.resourceUsage();
    const rss = [...usage.map((u) => u.rssMb), Math.round(own.maxRSS / 1024)];
    const round = (x: number) => Math.round(x * 10) / 10;
    process.stdout.write(`${JSON.stringify({
      articles_per_s: round(latencies.length / ((lastVisible - t0) / 1000)),
      p95_visible_ms: Math.round(percentile(latencies, 95)),
      p50_visible_ms: Math.round(percentile(latencies, 50)),
      peak_rss_mb: Math.max(...rss),
      db_mb: round(dbMb ?? directoryMb(join(dir, 'db'))),
      workers: opts.workers,
      articles: latencies.length,
      engine: opts.postgres ? 'postgres' : 'pglite',
      window: opts.window, concurrency: opts.concurrency,
      posted_s: round(postedS),
      // CPU seconds of the server and workers: on a shared machine, wall time also counts others' work.
      worker_cpu_s: round(usage.reduce((n, u) => n + u.cpuS, 0)),
      rss_mb: { server: usage[0]?.rssMb, workers: usage.slice(1).map((u) => u.rssMb), client: rss[rss.length - 1] },
      ...(refused > 0 ? { not_queued: refused } : {}),
      cores: cpus().length,
    })}\n`);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
