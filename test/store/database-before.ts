import { MIGRATIONS } from '../../src/store/migrations.js';
import { openPglite } from '../../src/store/pglite-db.js';
import type { Db } from '../../src/store/db.js';

/** An in-memory database as a build before migration `version` left it, for tests of that migration. */
export async function databaseBefore(version: number): Promise<Db> {
  const db = await openPglite(null);
  await db.exec('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
  for (const m of MIGRATIONS.filter((x) => x.version < version)) {
    await db.exec(m.sql);
    await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
  }
  return db;
}

/** The versions `migrate` applies to a database made by databaseBefore(version). */
export const versionsFrom = (version: number): number[] => MIGRATIONS.filter((x) => x.version >= version).map((x) => x.version);
