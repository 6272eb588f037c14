import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Sql } from './db.js';
import { lockDirectory } from './dir-lock.js';

/** The embedded store exists but cannot be opened: names it and says how to recover. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';

  constructor(readonly dataDir: string, cause: unknown) {
    super(`the embedded store at ${dataDir} could not be opened (${(cause as Error)?.message ?? String(cause)}). `
      + `If it is damaged (an interrupted write, a full or failing disk), move it aside (mv ${dataDir} ${dataDir}.damaged) `
      + 'and ingest your inputs again, or set DATABASE_URL to use a PostgreSQL server');
  }
}

/** The embedded engine: PostgreSQL compiled to WASM, persisted in a directory, no server. */
export async function openPglite(dataDir: string | null): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? lockDirectory(`${dataDir.replace(/[\\/]+$/, '')}.lock`) : () => undefined;
  let pg: PGlite;
  try {
    pg = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  } catch (err) {
    unlock();
    throw dataDir ? new StoreOpenError(dataDir, err) : err;
  }
  const wrap = (q: { query: PGlite['query'] }): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      const res = await q.query<T>(text, params);
      return res.rows;
    },
  });
  const base = wrap(pg);
  return {
    engine: 'pglite',
    queueTarget: { engine: 'pglite', pglite: pg },
    query: base.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    exec: async (text) => { await pg.exec(text); },
    close: async () => {
      try {
        await pg.close();
      } finally {
        unlock();
      }
    },
  };
}
