import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './migrations.js';
import { openPglite } from './pglite-db.js';

const tableExists = `SELECT to_regclass('public.jobs') IS NOT NULL AS present`;

describe('migrations', () => {
  it('are numbered one after another, so each database applies them in the same order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('leave no hand-written job table behind (pg-boss keeps its own), on a fresh database and on one that had it', async () => {
    const db = await openPglite(null);
    try {
      // A database created before migration 7: the old table exists, with a job in it.
      await db.exec('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      for (const m of MIGRATIONS.filter((x) => x.version < 7)) {
        await db.exec(m.sql);
        await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      }
      await db.query(`INSERT INTO jobs (kind, payload) VALUES ('analyze', '{}')`);
      expect((await db.query<{ present: boolean }>(tableExists))[0].present).toBe(true);
      expect(await migrate(db)).toEqual(MIGRATIONS.filter((x) => x.version >= 7).map((x) => x.version));
      expect((await db.query<{ present: boolean }>(tableExists))[0].present).toBe(false);
      // Applied once: a second open changes nothing.
      expect(await migrate(db)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
