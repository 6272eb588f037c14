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

/** Prints this process's peak resident memory and CPU time (`stopped <peak rss MB> <cpu s>`) when it is asked to stop, then stops it. */
export function onStop(close: () => Promise<void>): void {
  process.once('SIGTERM', () => {
    void close().finally(() => {
      const usage = process.resourceUsage();
      process.stdout.write(`stopped ${Math.round(usage.maxRSS / 1024)} ${(usage.userCPUTime + usage.systemCPUTime) / 1e6}\n`);
      process.exit(0);
    });
  });
}
