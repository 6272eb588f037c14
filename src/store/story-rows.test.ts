import { describe, expect, it } from 'vitest';
import { annotatedDocument, dossierOf } from '../../test/store/fixtures.js';
import type { Dossier } from '../model/dossier.js';
import { migrate } from './migrations.js';
import { databaseBefore, versionsFrom } from '../../test/store/database-before.js';
import { openPglite } from './pglite-db.js';
import { SqlStore } from './sql-store.js';

/** A story whose claims, conflicts and entities are in no sorted order: the store must keep the story's own. */
function storyInItsOrder(): { dossier: Dossier; docId: string } {
  const docs = [
    annotatedDocument('Ilsa Marrow closed the harbour of Velmora on Monday.', { outlet: 'Coast Herald', published: '2031-03-01' }),
    annotatedDocument('Marrow ordered the harbour shut, officials said on Tuesday.', { outlet: 'Velmora Daily', published: '2031-03-02' }),
  ];
  const dossier = dossierOf(docs);
  const story = dossier.stories[0];
  const [claim] = story.claims;
  story.claims = ['c10', 'c2', 'c1'].map((id, i) => ({ ...claim, id, text: `${claim.text} (${i})` }));
  const [conflict] = story.conflicts;
  story.conflicts = ['k3', 'k1'].map((id) => ({ ...conflict, id }));
  const [entity] = story.entities;
  story.entities = [{ ...entity, id: 'e9', name: 'Velmora' }, entity];
  return { dossier, docId: docs[0].id };
}

describe('stored stories', () => {
  it('keep claims, conflicts and entity sections once, in their own rows, and read back whole and in order', async () => {
    const db = await openPglite(null);
    try {
      await migrate(db);
      const store = new SqlStore(db);
      const { dossier, docId } = storyInItsOrder();
      await store.saveAnalysis(dossier);
      const [row] = await db.query<{ story: Record<string, unknown> }>(`SELECT dossier->'stories'->0 AS story FROM stories`);
      expect(Object.keys(row.story)).not.toContain('claims');
      expect(Object.keys(row.story)).not.toContain('conflicts');
      expect(Object.keys(row.story)).not.toContain('entities');
      const back = await store.getStoryDossier('story-1');
      expect(back?.stories).toEqual(dossier.stories);
      expect((await store.storiesOfDocument(docId)).map((d) => d.stories)).toEqual([dossier.stories]);
    } finally {
      await db.close();
    }
  });

  it('stored before the parts moved out, read back the same after the migration', async () => {
    const db = await databaseBefore(9);
    try {
      // Rows as the writer before migration 9 left them: the whole story in the dossier and its parts beside it.
      const { dossier } = storyInItsOrder();
      const [story] = dossier.stories;
      await db.query(`INSERT INTO runs (kind, status) VALUES ('analyze', 'done')`);
      await db.query(
        `INSERT INTO stories (id, run_id, title, publishers, conflicts, claims, documents, dossier, content_hash)
         VALUES ($1, 1, $2, 2, 2, 3, $3, $4, 'h')`, [story.id, story.title, JSON.stringify(story.documents), JSON.stringify({ ...dossier, errors: [] })]);
      for (const c of story.claims) await db.query('INSERT INTO claims (id, story, status, text, data) VALUES ($1, $2, $3, $4, $5)', [c.id, story.id, c.status, c.text, JSON.stringify(c)]);
      for (const c of story.conflicts) await db.query('INSERT INTO conflicts (id, story, kind, about, data) VALUES ($1, $2, $3, $4, $5)', [c.id, story.id, c.kind, c.about, JSON.stringify(c)]);
      for (const e of story.entities) await db.query('INSERT INTO entity_sections (entity, story, data) VALUES ($1, $2, $3)', [e.id, story.id, JSON.stringify(e)]);
      expect(await migrate(db)).toEqual(versionsFrom(9));
      const [row] = await db.query<{ story: Record<string, unknown> }>(`SELECT dossier->'stories'->0 AS story FROM stories`);
      expect(Object.keys(row.story)).not.toContain('claims');
      expect((await new SqlStore(db).getStoryDossier(story.id))?.stories).toEqual(dossier.stories);
    } finally {
      await db.close();
    }
  });
});
