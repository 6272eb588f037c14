import { join } from 'node:path';
import type { Store } from './types.js';
import { SqlStore } from './sql-store.js';
import { migrate } from './migrations.js';
import { openPglite, StoreOpenError } from './pglite-db.js';
import { openPostgres } from './postgres-db.js';
import type { QueueConfig } from './queue/config.js';

export type * from './types.js';
export { SqlStore } from './sql-store.js';
export { StoreOpenError } from './pglite-db.js';
export { StoreBusyError } from './dir-lock.js';

/** Where the embedded database lives, relative to the working directory. */
export const EMBEDDED_DIR = join('.triangulate', 'db');

export interface OpenStoreOptions {
  /** postgres://... ; defaults to DATABASE_URL. */
  url?: string | null;
  /** Embedded database directory; null keeps it in memory. Defaults to ./.triangulate/db. */
  dir?: string | null;
  /** The job queue's tuning (src/store/queue/config.ts); tests shorten heartbeats and retry delays. */
  queue?: QueueConfig;
}

/** Opens the store: PostgreSQL when a URL is given or DATABASE_URL is set, else the embedded database. */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const url = opts.url === undefined ? process.env.DATABASE_URL : opts.url;
  const dir = opts.dir === undefined ? join(process.cwd(), EMBEDDED_DIR) : opts.dir;
  const db = url ? await openPostgres(url) : await openPglite(dir);
  try {
    await migrate(db);
  } catch (err) {
    // Never half-open: a store whose schema cannot be brought up to date is closed (and unlocked).
    await db.close().catch(() => undefined);
    throw !url && dir ? new StoreOpenError(dir, err) : err;
  }
  return new SqlStore(db, opts.queue);
}
