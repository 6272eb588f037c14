import type { PGlite } from '@electric-sql/pglite';

/**
 * The one seam between the SQL and the engine: PGlite (embedded) and node-postgres (server)
 * both speak PostgreSQL, so the store's queries are written once against this interface.
 */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Sql {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: it commits when `fn` resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Several statements separated by semicolons, no parameters (migrations). */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
  /**
   * What the job queue (src/store/queue) connects through: the embedded instance itself (one
   * connection, shared), or the server's URL (the queue keeps a small pool of its own).
   */
  readonly queueTarget: { engine: 'pglite'; pglite: PGlite } | { engine: 'postgres'; url: string };
}
