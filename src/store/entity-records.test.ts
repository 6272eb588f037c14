import { describe, expect, it } from 'vitest';
import { annotatedDocument, dossierOf } from '../../test/store/fixtures.js';
import type { Dossier } from '../model/dossier.js';
import { openPglite } from './pglite-db.js';
import { migrate } from './migrations.js';
import { databaseBefore, versionsFrom } from '../../test/store/database-before.js';
import { SqlStore } from './sql-store.js';
import type { Db } from './db.js';

/** Two stories a week apart naming one person, each with its own spelling, role and mentions. */
function twoStories(): { early: Dossier; late: Dossier; docs: string[] } {
  const a = annotatedDocument('Ilsa Marrow closed the harbour of Velmora on Monday.', { outlet: 'Coast Herald', published: '2031-03-01' });
  const b = annotatedDocument('Harbourmaster Ilsa Marow reopened the port a week later.', { outlet: 'Velmora Daily', published: '2031-03-08' });
  const early = dossierOf([a], 'Harbour closed');
  const late = dossierOf([b], 'Port reopened');
  early.stories[0].id = 'story-early';
  early.stories[0].published = { earliest: '2031-03-01', latest: '2031-03-01' };
  late.stories[0].id = 'story-late';
  late.stories[0].published = { earliest: '2031-03-08', latest: '2031-03-08' };
  const mention = (doc: string, start: number, text: string) => ({ document: doc, start, end: start + text.length, text });
  early.stories[0].entities = [{ id: 'e1', type: 'PER', name: 'Ilsa Marrow', aliases: ['Ilsa Marrow', 'Marrow'], roles: [],
    mentions: [mention(a.id, 0, 'Ilsa Marrow')] }];
  late.stories[0].entities = [{ id: 'e1', type: 'PER', name: 'Ilsa Marow', aliases: ['Ilsa Marow', 'Marrow'],
    roles: [{ text: 'harbourmaster', evidence: mention(b.id, 0, 'Harbourmaster') }], mentions: [mention(b.id, 14, 'Ilsa Marow')] }];
  for (const d of [early, late]) d.stories[0].claims = [];
  return { early, late, docs: [a.id, b.id] };
}

const both = (early: Dossier, late: Dossier): Dossier => ({ ...early, documents: [...early.documents, ...late.documents], stories: [...late.stories, ...early.stories] });

/** Both stories saved in a fresh embedded store, for `fn` to read. */
async function withTwoStories(fn: (ctx: { db: Db; store: SqlStore; late: Dossier; docs: string[] }) => Promise<void>): Promise<void> {
  const db = await openPglite(null);
  try {
    await migrate(db);
    const store = new SqlStore(db);
    const { early, late, docs } = twoStories();
    await store.saveAnalysis(both(early, late));
    await fn({ db, store, late, docs });
  } finally {
    await db.close();
  }
}

describe('entity records', () => {
  it('are made of what every story says of the entity, earliest story first, and hold no mentions themselves', async () => {
    await withTwoStories(async ({ db, store, late, docs }) => {
      const entity = await store.getEntity('e1');
      expect(entity?.name).toBe('Ilsa Marrow');
      expect(entity?.aliases).toEqual(['Ilsa Marrow', 'Marrow', 'Ilsa Marow']);
      expect(entity?.roles.map((r) => r.text)).toEqual(['harbourmaster']);
      expect(entity?.mentions.map((m) => m.document)).toEqual(docs);
      expect(entity?.stories).toEqual([{ id: 'story-early', title: 'Harbour closed' }, { id: 'story-late', title: 'Port reopened' }]);
      expect(await store.listEntities()).toEqual([{ id: 'e1', type: 'PER', name: 'Ilsa Marrow', aliases: ['Ilsa Marrow', 'Marrow', 'Ilsa Marow'], stories: 2 }]);
      const [row] = await db.query<{ data: Record<string, unknown> }>('SELECT data FROM entities');
      expect(Object.keys(row.data)).not.toContain('mentions');

      // The later story alone replaced without the entity: the record is what the earlier one says.
      const lateWithout = structuredClone(late);
      lateWithout.stories[0].entities = [];
      await store.saveStories(lateWithout, { replaces: ['story-late'] });
      const after = await store.getEntity('e1');
      expect(after?.aliases).toEqual(['Ilsa Marrow', 'Marrow']);
      expect(after?.roles).toEqual([]);
      expect(after?.stories.map((s) => s.id)).toEqual(['story-early']);
      const names = await db.query<{ spelling: string }>('SELECT spelling FROM entity_names ORDER BY spelling');
      expect(names.map((n) => n.spelling)).toEqual(['Ilsa Marrow', 'Marrow']);
    });
  });

  it('are read a page of stories at a time, each page with the mentions and roles its stories give', async () => {
    await withTwoStories(async ({ db, store, late, docs }) => {
      const first = await store.getEntity('e1', { limit: 1 });
      expect(first?.stories.map((s) => s.id)).toEqual(['story-early']);
      expect(first?.mentions.map((m) => m.document)).toEqual([docs[0]]);
      expect(first?.roles).toEqual([]);
      expect(first?.storyCount).toBe(2);
      // The record's names are the whole entity's, whatever the page.
      expect(first?.aliases).toEqual(['Ilsa Marrow', 'Marrow', 'Ilsa Marow']);
      const second = await store.getEntity('e1', { limit: 1, after: first!.nextAfter! });
      expect(second?.stories.map((s) => s.id)).toEqual(['story-late']);
      expect(second?.roles.map((r) => r.text)).toEqual(['harbourmaster']);
      expect(second?.nextAfter).toBeNull();
    });
  });

  it('stored whole before migration 10, read back the same after it', async () => {
    const db = await databaseBefore(10);
    try {
      // Rows as the writer before migration 10 left them: the record holds every mention and role.
      const { early, late } = twoStories();
      await db.query(`INSERT INTO runs (kind, status) VALUES ('analyze', 'done')`);
      for (const d of [early, late]) {
        const story = d.stories[0];
        await db.query(`INSERT INTO stories (id, run_id, title, earliest, publishers, conflicts, claims, documents, dossier, content_hash)
          VALUES ($1, 1, $2, $3, 1, 0, 0, '[]', '{}', 'h')`, [story.id, story.title, story.published.earliest]);
        await db.query('INSERT INTO entity_sections (entity, story, ord, data) VALUES ($1, $2, 0, $3)', ['e1', story.id, JSON.stringify(story.entities[0])]);
      }
      const [a, b] = [early.stories[0].entities[0], late.stories[0].entities[0]];
      const whole = { ...a, aliases: ['Ilsa Marrow', 'Marrow', 'Ilsa Marow'], roles: b.roles, mentions: [...a.mentions, ...b.mentions] };
      await db.query(`INSERT INTO entities (id, run_id, type, name, aliases, stories, data) VALUES ('e1', 1, 'PER', 'Ilsa Marrow', $1, $2, $3)`,
        [JSON.stringify(whole.aliases), JSON.stringify([{ id: 'story-early', title: 'Harbour closed' }, { id: 'story-late', title: 'Port reopened' }]), JSON.stringify(whole)]);
      expect(await migrate(db)).toEqual(versionsFrom(10));
      const store = new SqlStore(db);
      expect(await store.getEntity('e1')).toEqual({ ...whole, stories: [{ id: 'story-early', title: 'Harbour closed' }, { id: 'story-late', title: 'Port reopened' }], storyCount: 2, nextAfter: null });
      expect((await store.listEntities())[0].stories).toBe(2);
    } finally {
      await db.close();
    }
  });
});
