import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from './db.js';
import { openPglite } from './pglite-db.js';
import { migrate } from './migrations.js';
import { candidateStoriesOf } from './story-candidates.js';
import { LIVE_CORPUS } from './live-config.js';

describe('candidateStoriesOf', () => {
  let db: Db;
  const config = { ...LIVE_CORPUS, maxKeyStories: 3, maxCandidateStories: 8, maxCandidateDocuments: 100 };

  /** Stories `prefix1..n`, one document each, all holding `key`. */
  async function storiesHolding(key: string, n: number, prefix: string): Promise<void> {
    for (let i = 1; i <= n; i++) {
      const id = `${prefix}${i}`;
      await db.query(
        `INSERT INTO stories (id, run_id, title, publishers, conflicts, claims, documents, dossier) VALUES ($1, 1, $1, 1, 0, 0, $2, '{}')`,
        [id, JSON.stringify([`${id}-doc`])]);
      await db.query('INSERT INTO story_keys (key, story) VALUES ($1, $2)', [key, id]);
    }
  }

  beforeEach(async () => {
    db = await openPglite(null);
    await migrate(db);
    await db.query(`INSERT INTO runs (kind, status, documents) VALUES ('analyze', 'done', 0)`);
  });
  afterEach(() => db.close());

  it('takes the stories of a key held by up to maxKeyStories stories, none of a key held by more', async () => {
    await storiesHolding('e:ilsa marr', 3, 'marr');
    await storiesHolding('e:police', 4, 'police');
    const found = await candidateStoriesOf(db, new Map([['new-doc', ['e:ilsa marr', 'e:police', 'e:nobody']]]), config);
    expect(found.map((c) => c.id).sort()).toEqual(['marr1', 'marr2', 'marr3']);
    expect(found.every((c) => c.size === 1)).toBe(true);
  });
});
