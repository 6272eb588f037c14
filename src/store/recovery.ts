import type { Analyzer } from './analyzer.js';
import { annotateOrphans, reanalyze } from './incremental.js';
import type { Store } from './types.js';

export interface RecoveryOutcome {
  /** Documents the latest saved analysis did not cover when the store was opened. */
  unanalysed: number;
  /** Documents nobody would have annotated, annotated now (or queued, with `queue`). */
  annotated: number;
  queued: number;
  /** The analysis run that covered them, when one ran here. */
  run: number | null;
}

/**
 * Finishes what an interrupted command left behind: a process killed after storing documents
 * and before saving the analysis leaves them in no story, and one killed between storing and
 * queueing leaves them unannotated with no job. Every command that opens the store calls this,
 * so the next run completes the job instead of reporting "already stored" and moving on.
 * With `queue` (a worker), the work is queued for the workers instead of done here.
 */
export async function recoverPending(
  store: Store, analyzer: Analyzer, opts: { queue?: boolean; report?: (line: string) => void } = {},
): Promise<RecoveryOutcome> {
  const pending = await store.pendingWork();
  const outcome: RecoveryOutcome = { unanalysed: pending.unanalysed, annotated: 0, queued: 0, run: null };
  if (opts.queue) {
    const queue = await store.queue();
    outcome.queued = (await queue.queueAnnotation(pending.unannotated)).length;
    // Annotation jobs end in a corpus run of their own; otherwise ask for one.
    if (pending.unanalysed > 0 && outcome.queued === 0) await queue.queueAnalysis('recovery');
  } else {
    outcome.annotated = await annotateOrphans(store, analyzer, pending.unannotated);
    if (outcome.annotated > 0 || pending.unanalysed > 0) outcome.run = await reanalyze(store, analyzer);
  }
  const line = recoveryLine(outcome);
  if (line) opts.report?.(line);
  return outcome;
}

/** The line a command prints when it finished an interrupted run's work, or null when there was none. */
export function recoveryLine(o: { unanalysed: number; annotated: number; queued?: number }): string | null {
  if (o.unanalysed === 0 && o.annotated === 0 && !o.queued) return null;
  const parts: string[] = [];
  if (o.unanalysed > 0) parts.push(`${o.unanalysed} stored document${o.unanalysed === 1 ? ' was' : 's were'} outside the saved analysis (in no story)`);
  if (o.annotated > 0) parts.push(`${o.annotated} stored without annotation`);
  if (o.queued) parts.push(`${o.queued} stored without a queued annotation`);
  const action = o.queued ? 'queued their analysis' : 'analysed them now';
  return `${parts.join(', ')}: ${action}`;
}
