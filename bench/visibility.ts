import type { Store } from '../src/store/types.js';

/**
 * Makes a bench process tell when documents become visible in their stories: each saved analysis
 * prints `visible <epoch ms> <id> <id> ...` on stdout for the documents it covers that this process
 * had not reported yet. The bench client (bench/stream.ts) reads these lines from every process
 * that runs a worker; the machine's clock is shared, so the time compares with the POST's.
 * The store's own saveStories runs unchanged; this only watches it return.
 */
export function reportVisibility(store: Store): void {
  const reported = new Set<string>();
  const save = store.saveStories.bind(store);
  store.saveStories = async (dossier, opts) => {
    const run = await save(dossier, opts);
    const at = Date.now();
    const fresh = (opts.covered ?? dossier.documents.map((d) => d.id)).filter((id) => !reported.has(id));
    for (const id of fresh) reported.add(id);
    if (fresh.length > 0) process.stdout.write(`visible ${at} ${fresh.join(' ')}\n`);
    return run;
  };
}

/** `usage <peak rss MB> <cpu s>`: this process's peak resident memory and CPU time so far. */
function usageLine(): string {
  const usage = process.resourceUsage();
  return `usage ${Math.round(usage.maxRSS / 1024)} ${(usage.userCPUTime + usage.systemCPUTime) / 1e6}\n`;
}

/**
 * Prints this process's usage line every 10 s (so a run stopped early still knows it) and once
 * more when it is asked to stop (SIGTERM), then closes and stops it.
 */
export function onStop(close: () => Promise<void>): void {
  setInterval(() => process.stdout.write(usageLine()), 10_000).unref();
  process.once('SIGTERM', () => {
    void close().finally(() => {
      process.stdout.write(usageLine());
      process.exit(0);
    });
  });
}
