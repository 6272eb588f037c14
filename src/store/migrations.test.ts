import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './migrations.js';
import { SqlStore } from './sql-store.js';
import { databaseBefore } from '../../test/store/database-before.js';

const tableExists = `SELECT to_regclass('public.jobs') IS NOT NULL AS present`;

describe('migrations', () => {
  it('are numbered one after another, so each database applies them in the same order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('leave no hand-written job table behind (pg-boss keeps its own), on a fresh database and on one that had it', async () => {
    // A database created before migration 7: the old table exists, with a job in it.
    const db = await databaseBefore(7);
    try {
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

  it('keep the keys of documents keyed before grouper terms were stored; an update stores their terms without counting them again', async () => {
    const db = await databaseBefore(8);
    try {
      await db.query(`INSERT INTO documents (id, content_hash, source, format, meta, text) VALUES ('d1', 'h1', 'test', 'text', '{}', 'Text.')`);
      await db.query(`INSERT INTO document_keys (doc, keys) VALUES ('d1', '["n:marrow"]')`);
      await db.query(`INSERT INTO term_counts (term, documents) VALUES ('e:marrow', 1), ('#documents', 1)`);
      expect(await migrate(db)).toEqual(MIGRATIONS.filter((x) => x.version >= 8).map((x) => x.version));
      const store = new SqlStore(db);
      expect(await store.documentIndex(['d1'])).toEqual(new Map([['d1', { keys: ['n:marrow'], terms: null }]]));
      const empty = { generator: { name: 'triangulate', version: '', createdAt: '' }, documents: [], stories: [], errors: [] };
      await store.saveStories(empty, { replaces: [], documentTerms: new Map([['d1', ['e:marrow']]]) });
      expect(await store.documentIndex(['d1'])).toEqual(new Map([['d1', { keys: ['n:marrow'], terms: ['e:marrow'] }]]));
      expect(await store.termCounts(['e:marrow'])).toEqual({ documents: 1, counts: new Map([['e:marrow', 1]]) });
    } finally {
      await db.close();
    }
  });
});
