/** Tuned numbers of the job queue, each with its reason. Tests pass smaller ones to see a retry within seconds. */
export interface QueueConfig {
  /** Retries after the first attempt: a job fails for good (dead letter) after retryLimit + 1 attempts. */
  retryLimit: number;
  /** First retry delay; doubles each attempt (exponential backoff with jitter). */
  retryDelaySeconds: number;
  /** Ceiling of the backoff, so a flapping database does not push a retry hours away. */
  retryDelayMaxSeconds: number;
  /**
   * A worker refreshes its claim every half of this; a claim not refreshed this long belongs to a
   * dead worker (kill -9, lost machine) and its job is retried. Annotation is synchronous CPU work
   * that the ingest work budget caps at 30 s per document (src/ingest/work-budget.ts), during which
   * no refresh can run: the heartbeat must outlast it.
   */
  annotateHeartbeatSeconds: number;
  /** The same for a corpus run, which holds the event loop for the whole run (minutes on a large corpus). */
  analyzeHeartbeatSeconds: number;
  /** How often a worker's supervisor looks for claims whose heartbeat stopped. */
  superviseIntervalSeconds: number;
  /** How often an idle worker asks for work when no notification woke it (pg-boss's floor is 0.5 s). */
  pollingIntervalSeconds: number;
  /**
   * While other documents still wait for annotation, a corpus run is asked for this much later, so
   * that one run covers a burst instead of one run per document; with none waiting it runs at once.
   * It bounds the extra delay before an article appears in its story.
   */
  analysisBatchSeconds: number;
  /** How long dead letters are kept for an operator to read and redrive. */
  deadLetterRetentionSeconds: number;
}

export const QUEUE_CONFIG: QueueConfig = {
  retryLimit: 2,
  retryDelaySeconds: 2,
  retryDelayMaxSeconds: 300,
  annotateHeartbeatSeconds: 60,
  analyzeHeartbeatSeconds: 900,
  superviseIntervalSeconds: 30,
  pollingIntervalSeconds: 0.5,
  analysisBatchSeconds: 1,
  deadLetterRetentionSeconds: 30 * 24 * 3600,
};
