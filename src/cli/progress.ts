import { CLI } from './config.js';

export type Progress = (done: number, total: number) => void;

interface ProgressOut {
  isTTY?: boolean;
  write(s: string): unknown;
}

/**
 * Progress of a long run on stderr. On a terminal, a bar redrawn in place; elsewhere (CI, a
 * pipe, a log file) one plain line per `every` files and one at the end, so a run is never
 * silent for long and a log holds no carriage returns.
 */
export function progressBar(label: string, opts: { out?: ProgressOut; every?: number; now?: () => number } = {}): Progress {
  const out = opts.out ?? process.stderr;
  const now = opts.now ?? Date.now;
  const started = now();
  const rate = (done: number) => (done / Math.max(0.001, (now() - started) / 1000)).toFixed(done < 10 ? 1 : 0);
  if (!out.isTTY) {
    const every = Math.max(1, opts.every ?? CLI.progressEveryFiles);
    return (done, total) => {
      if (done % every !== 0 && done !== total) return;
      // A run shorter than one step says nothing: its summary line follows at once.
      if (total < every) return;
      out.write(`triangulate: ${label} ${done}/${total} (${rate(done)}/s)\n`);
    };
  }
  let last = 0;
  return (done, total) => {
    const t = now();
    if (done !== total && t - last < CLI.barRedrawMs) return;
    last = t;
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    out.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate(done)}/s`);
    if (done === total) out.write('\n');
  };
}
