import pg from 'pg';
import type { Db, Sql } from './db.js';

/** A PostgreSQL server reached through DATABASE_URL: several processes may share it. */
export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const wrap = (c: { query: pg.Pool['query'] }): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      const res = await c.query(text, params);
      return res.rows as T[];
    },
  });
  const base = wrap(pool);
  return {
    engine: 'postgres',
    queueTarget: { engine: 'postgres', url },
    query: base.query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(wrap(client));
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    exec: async (text) => { await pool.query(text); },
    close: () => pool.end(),
  };
}
