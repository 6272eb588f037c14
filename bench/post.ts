import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { syntheticCorpus } from './synthetic-corpus.js';

/**
 * `npm run bench:post [-- --stored 2000 --posts 200 --concurrency 4 --workers 2]`: how long POST
 * /api/documents takes on a server whose store already holds `stored` documents, while its
 * worker annotates and analyses what the posts queue. The server runs in a child process
 * (bench/post-server.ts); with DATABASE_URL, `--workers` worker processes beside it. Ends with one JSON line: latency percentiles, and how long until every
 * posted article was in its story (`all_analysed_s`).
 */
function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  const n = at < 0 ? fallback : Number(args[at + 1]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} wants a positive integer`);
  return n;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function startServer(stored: number): Promise<{ base: string; seedS: number; exited: () => string | null; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./post-server.js', import.meta.url)), String(stored)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const ready = await new Promise<string[]>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const line = out.split('\n').find((l) => l.startsWith('ready '));
      if (line) resolve(line.split(' '));
    });
    child.on('exit', (code) => reject(new Error(`the bench server exited ${code}`)));
  });
  let exit: string | null = null;
  child.once('exit', (code, signal) => { exit = `exited ${signal ?? code}`; });
  return {
    base: `http://127.0.0.1:${ready[1]}`,
    seedS: Number(ready[2]),
    exited: () => exit,
    stop: () => new Promise((resolve) => { child.removeAllListeners('exit'); child.once('exit', () => resolve()); child.kill('SIGTERM'); }),
  };
}

async function main(args: string[]): Promise<void> {
  const stored = option(args, 'stored', 2000);
  const posts = option(args, 'posts', 200);
  const concurrency = option(args, 'concurrency', 4);
  const server = await startServer(stored);
  // On PostgreSQL the server queues only: worker processes, as `triangulate worker` runs them, do the work.
  const workers = process.env.DATABASE_URL ? Array.from({ length: option(args, 'workers', 2) }, () => spawn(process.execPath,
    [fileURLToPath(new URL('../src/cli/main.js', import.meta.url)), 'worker'], { stdio: ['ignore', 'ignore', 'inherit'] })) : [];
  try {
    // The same generator, a later seed: new articles, none already stored.
    const { records } = syntheticCorpus(posts, 2);
    const latencies: number[] = [];
    const statusUrls: string[] = [];
    let next = 0;
    const t0 = performance.now();
    const client = async () => {
      while (next < records.length) {
        const record = records[next++];
        const started = performance.now();
        const res = await fetch(`${server.base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) });
        const body = await res.json() as { documents?: { statusUrl: string }[] };
        latencies.push(performance.now() - started);
        if (res.status >= 300) throw new Error(`POST answered ${res.status}: ${JSON.stringify(body)}`);
        statusUrls.push(...(body.documents ?? []).map((d) => d.statusUrl));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, client));
    const postedS = (performance.now() - t0) / 1000;
    // Then until every posted article is in its story (or failed). Few requests: the server's
    // worker waits for a lull in requests, so polling every status at once would hold it back.
    const waiting = [...statusUrls];
    let failure: string | null = null;
    while (waiting.length > 0 && !failure) {
      try {
        const s = await (await fetch(`${server.base}${waiting[0]}`)).json() as { status: string };
        if (s.status === 'analysed' || s.status === 'failed') waiting.shift();
        else await new Promise((r) => setTimeout(r, 1000));
      } catch (err) {
        // A corpus run holding the server's thread past its keep-alive timeout resets the idle
        // connection this request went out on: ask again. A server that died is reported, and the
        // POST figures stand.
        await new Promise((r) => setTimeout(r, 1000));
        const exited = server.exited();
        if (exited) failure = `server ${exited}: ${(err as Error).message}`;
      }
    }
    const allS = failure ? null : (performance.now() - t0) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 10) / 10;
    process.stdout.write(`${JSON.stringify({
      engine: process.env.DATABASE_URL ? 'postgres' : 'pglite',
      stored, posts, concurrency, workers: workers.length || 'in the server',
      p50_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)), p99_ms: round(percentile(sorted, 99)), max_ms: round(sorted[sorted.length - 1]),
      posted_s: round(postedS), all_analysed_s: allS === null ? null : round(allS), seed_s: server.seedS,
      ...(failure ? { failure, analysed_before_failure: statusUrls.length - waiting.length } : {}),
    })}\n`);
  } finally {
    await Promise.all(workers.map((w) => new Promise((resolve) => { w.once('exit', resolve); w.kill('SIGTERM'); })));
    await server.stop();
  }
}

await main(process.argv.slice(2));
