/**
 * The job queue as the store, the worker and the server see it: no engine and no library here, so
 * the web UI's type imports stay free of Node (src/store/queue/job-queue.ts implements it on pg-boss).
 */
export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobInfo {
  id: string;
  state: JobState;
  /** Attempts made so far (a job waiting for its first run has made none). */
  attempts: number;
  /** The last attempt's error, when it failed. */
  error: string | null;
  createdOn: string;
  completedOn: string | null;
}

export interface DeadLetter {
  id: string;
  /** The queue the job failed on, and what it was for. */
  queue: string;
  data: unknown;
  error: string | null;
  attempts: number;
  failedOn: string;
}

export interface QueueHandlers {
  /** Annotates one stored document; does nothing when it already is (a retry after a crash). */
  annotate(doc: string): Promise<void>;
  analyze(): Promise<void>;
}

export interface WorkOptions {
  /** Called after each job, with its outcome: the worker's tally. */
  onJob?: (queue: string, outcome: 'done' | 'failed') => void;
}

export interface JobQueue {
  /** Queues the annotation of stored documents; returns the ids of the documents newly queued. */
  queueAnnotation(docs: string[]): Promise<string[]>;
  /** Asks for a corpus run; false when one is already waiting. `batch`: start a little later, to cover a burst. */
  queueAnalysis(by: string, opts?: { batch?: boolean }): Promise<boolean>;
  /** Runs the handlers on this process's share of the jobs until stopWorking(). */
  work(handlers: QueueHandlers, opts?: WorkOptions): Promise<void>;
  stopWorking(): Promise<void>;
  /** Jobs waiting (retries too) or running on the queues named (default: annotate and analyze). */
  pending(queues?: string[]): Promise<number>;
  /** Jobs by queue and state. */
  counts(): Promise<Record<string, Record<string, number>>>;
  /** The latest annotation job of each document asked about. */
  annotationJobs(docs: string[]): Promise<Map<string, JobInfo>>;
  /** Documents with an annotation job that is waiting, running or failed. */
  withAnnotationJob(docs: string[]): Promise<Set<string>>;
  /** Jobs that failed every attempt, oldest first. */
  deadLetters(limit?: number): Promise<DeadLetter[]>;
  stop(): Promise<void>;
}
