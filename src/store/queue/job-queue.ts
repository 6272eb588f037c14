import { PgBoss, fromPglite, type Job, type JobWithMetadata } from 'pg-boss';
import type { Db } from '../db.js';
import { QUEUE_CONFIG, type QueueConfig } from './config.js';
import type { DeadLetter, JobInfo, JobQueue, QueueHandlers, WorkOptions } from './types.js';

export type { DeadLetter, JobInfo, JobQueue, QueueHandlers, WorkOptions } from './types.js';

/** One document's annotation. */
export const ANNOTATE = 'annotate';
/** A corpus run over the annotated documents. */
export const ANALYZE = 'analyze';
/** Jobs that failed every attempt: kept, listed, never run. */
export const DEAD_LETTERS = 'dead-letters';
/** The corpus run's singleton key: at most one waits and one runs, whoever asked. */
const CORPUS = 'corpus';

/**
 * The job queue: pg-boss over the store's own database. The same code runs on a PostgreSQL server
 * (workers in several processes or machines claim with SKIP LOCKED) and on the embedded PGlite
 * (one process; pg-boss talks to the instance the store uses). Retries with exponential backoff,
 * heartbeats that hand a dead worker's job to another, dead letters, and singleton keys that make
 * queueing idempotent come from the library.
 */
export class PgBossQueue implements JobQueue {
  private constructor(private readonly boss: PgBoss, readonly config: QueueConfig) {}

  /** Installs or migrates pg-boss's schema (serialised across processes by the library) and creates the queues. */
  static async start(db: Db, config: QueueConfig = QUEUE_CONFIG, log: (line: string) => void = defaultLog): Promise<PgBossQueue> {
    const target = db.queueTarget;
    const timing = {
      supervise: true,
      superviseIntervalSeconds: config.superviseIntervalSeconds,
      // Nothing here is scheduled by cron; its timers would only keep a process alive.
      schedule: false,
      useListenNotify: true,
    };
    const boss = target.engine === 'pglite'
      ? new PgBoss({ db: fromPglite(target.pglite), backend: 'pglite', ...timing })
      : new PgBoss({ connectionString: target.url, max: 3, ...timing });
    // pg-boss reports maintenance problems as events; unheard, an 'error' event would end the process.
    boss.on('error', (err: Error) => log(`triangulate: queue: ${err.message}`));
    await boss.start();
    const retries = {
      retryLimit: config.retryLimit,
      retryDelay: config.retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: config.retryDelayMaxSeconds,
      deadLetter: DEAD_LETTERS,
      // Workers wake on a notification instead of waiting for their next poll.
      notify: true,
    };
    // createQueue leaves an existing queue as it is: its options are those of the first creation.
    await boss.createQueue(DEAD_LETTERS, { retentionSeconds: config.deadLetterRetentionSeconds });
    // exclusive + the document id as key: a document is queued or annotating at most once at a time.
    await boss.createQueue(ANNOTATE, { ...retries, policy: 'exclusive', heartbeatSeconds: config.annotateHeartbeatSeconds });
    // stately + one key: one corpus run waits while one runs; asking again meanwhile queues nothing.
    await boss.createQueue(ANALYZE, { ...retries, policy: 'stately', heartbeatSeconds: config.analyzeHeartbeatSeconds });
    return new PgBossQueue(boss, config);
  }

  /** Queues the annotation of stored documents; returns the ids of the documents newly queued. */
  async queueAnnotation(docs: string[]): Promise<string[]> {
    const queued: string[] = [];
    for (const doc of docs) {
      if (await this.boss.send(ANNOTATE, { doc }, { singletonKey: doc })) queued.push(doc);
    }
    return queued;
  }

  /**
   * Asks for a corpus run; false when one is already waiting (it will cover what is stored now).
   * With `batch`, the run starts analysisBatchSeconds later, so the documents annotated meanwhile join it.
   */
  async queueAnalysis(by: string, opts: { batch?: boolean } = {}): Promise<boolean> {
    const startAfter = opts.batch ? this.config.analysisBatchSeconds : 0;
    return (await this.boss.send(ANALYZE, { by }, { singletonKey: CORPUS, startAfter })) !== null;
  }

  /** Runs the handlers on this process's share of the jobs until stop(). */
  async work(handlers: QueueHandlers, opts: WorkOptions = {}): Promise<void> {
    const ids = new Map<string, string>();
    const each = (queue: string, fn: (job: Job<{ doc?: string }>) => Promise<void>) => async ([job]: Job<{ doc?: string }>[]) => {
      try {
        await fn(job);
        opts.onJob?.(queue, 'done');
      } catch (err) {
        opts.onJob?.(queue, 'failed');
        throw err;
      } finally {
        // A worker that just found a job asks again at once instead of sleeping to its next poll:
        // a backlog drains at the speed of the work. An empty fetch falls back to polling.
        const id = ids.get(queue);
        if (id) this.boss.notifyWorker(id);
      }
    };
    const polling = {
      pollingIntervalSeconds: this.config.pollingIntervalSeconds,
      // A notification wakes the worker for a new job; polling is only the backstop then.
      notifyPollingIntervalSeconds: Math.max(this.config.pollingIntervalSeconds, 2),
      // One job at a time: annotation is CPU work, and a batch would hold jobs another process could take.
      batchSize: 1,
    };
    ids.set(ANNOTATE, await this.boss.work<{ doc?: string }>(ANNOTATE, polling, each(ANNOTATE, async (job) => {
      if (typeof job.data.doc !== 'string') throw new Error('an annotation job without a document id');
      await handlers.annotate(job.data.doc);
    })));
    ids.set(ANALYZE, await this.boss.work<{ doc?: string }>(ANALYZE, polling, each(ANALYZE, () => handlers.analyze())));
  }

  /** Stops taking jobs and waits for the running ones to end. */
  async stopWorking(): Promise<void> {
    await Promise.all([ANNOTATE, ANALYZE].map((n) => this.boss.offWork(n, { wait: true })));
  }

  /** Jobs waiting (retries too) or running on the queues named (default both): a worker that finds none may stop. */
  async pending(queues: string[] = [ANNOTATE, ANALYZE]): Promise<number> {
    // Counted on the table, not by getQueues(), whose counts come from a cache refreshed by the monitor.
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active')`,
      [queues]);
    return (rows[0] as { n: number }).n;
  }

  /** Jobs by queue and state, for the status endpoint. */
  async counts(): Promise<Record<string, Record<string, number>>> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT name, state::text AS state, count(*)::int AS n FROM pgboss.job
       WHERE name = ANY($1::text[]) GROUP BY name, state ORDER BY name, state`, [[ANNOTATE, ANALYZE, DEAD_LETTERS]]);
    const out: Record<string, Record<string, number>> = {};
    for (const r of rows as { name: string; state: string; n: number }[]) (out[r.name] ??= {})[r.state] = r.n;
    return out;
  }

  /** The latest annotation job of each document asked about (none: never queued, or long removed). */
  async annotationJobs(docs: string[]): Promise<Map<string, JobInfo>> {
    const out = new Map<string, JobInfo>();
    for (const doc of docs) {
      const jobs = await this.boss.findJobs<{ doc: string }>(ANNOTATE, { key: doc });
      const latest = jobs.sort((a, b) => +new Date(b.createdOn) - +new Date(a.createdOn))[0];
      if (latest) out.set(doc, jobInfo(latest));
    }
    return out;
  }

  /** Documents with an annotation job that is waiting, running or failed (so not orphans). */
  async withAnnotationJob(docs: string[]): Promise<Set<string>> {
    // One query for the lot, on pg-boss's job table (its documented schema, 'pgboss' by default):
    // findJobs asks one key at a time, and a burst leaves thousands of documents waiting.
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT DISTINCT singleton_key AS doc FROM pgboss.job
       WHERE name = $1 AND singleton_key = ANY($2::text[]) AND state NOT IN ('completed', 'cancelled')`, [ANNOTATE, docs]);
    return new Set(rows.map((r: { doc: string }) => r.doc));
  }

  /** Jobs that failed every attempt, oldest first. */
  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    const jobs = await this.boss.findJobs<unknown>(DEAD_LETTERS, { limit });
    return jobs.map((j) => ({
      id: j.sourceId ?? j.id,
      queue: j.sourceName ?? DEAD_LETTERS,
      data: j.data,
      error: errorText((j as JobWithMetadata & { sourceOutput?: unknown }).sourceOutput),
      attempts: (j.sourceRetryCount ?? 0) + 1,
      failedOn: new Date(j.createdOn).toISOString(),
    }));
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, close: true });
  }
}

function jobInfo(job: JobWithMetadata<unknown>): JobInfo {
  return {
    id: job.id,
    state: job.state,
    attempts: job.state === 'created' ? job.retryCount : job.retryCount + (job.state === 'retry' ? 0 : 1),
    error: job.state === 'failed' || job.state === 'retry' ? errorText(job.output) : null,
    createdOn: new Date(job.createdOn).toISOString(),
    completedOn: job.completedOn ? new Date(job.completedOn).toISOString() : null,
  };
}

/** pg-boss keeps a thrown error as its serialised object in the job's output. */
function errorText(output: unknown): string | null {
  if (!output || typeof output !== 'object') return null;
  const message = (output as { message?: unknown }).message;
  return typeof message === 'string' ? message : JSON.stringify(output);
}

function defaultLog(line: string): void {
  process.stderr.write(`${line}\n`);
}
