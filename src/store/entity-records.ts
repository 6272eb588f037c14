import type { DossierEntity } from '../model/dossier.js';
import type { Sql } from './db.js';
import { nameKey } from './name-key.js';
import type { PageQuery, StoredEntity } from './types.js';

/**
 * What an entity section says of the entity besides its mentions and roles: the part its stored
 * record is made of. Kept on the section's row so that rebuilding a record reads a few names per
 * story: an entity many stories name ("European", a relief agency) held every mention of every
 * story in its record, and each update that touched one of those stories read them all and
 * wrote them back, a cost that grew with the corpus (1.7x wall, 2.1x CPU in the second thousand
 * of a 2,000-article stream against the first).
 */
export type EntitySummary = Omit<DossierEntity, 'mentions' | 'roles'>;

export function entitySummary(entity: DossierEntity): EntitySummary {
  const { mentions: _mentions, roles: _roles, ...summary } = entity;
  return summary;
}

/**
 * The records of the given entities rebuilt from their sections' summaries: type, name and place
 * from the earliest story holding the entity, every spelling any story gives it (first seen
 * first), how many stories hold it. An entity no story holds any more is deleted, with its names.
 */
export async function rebuildEntities(tx: Sql, runId: number, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const sections = await tx.query<{ entity: string; summary: EntitySummary }>(
    `SELECT entity, summary FROM entity_sections WHERE entity = ANY($1::text[]) ORDER BY entity, earliest NULLS LAST, story`, [ids]);
  // Spellings gathered in one set per entity (insertion order is first-seen order), made a list once.
  const gathered = new Map<string, { first: EntitySummary; aliases: Set<string>; stories: number }>();
  for (const s of sections) {
    const seen = gathered.get(s.entity);
    if (seen) {
      seen.stories++;
      for (const a of s.summary.aliases) seen.aliases.add(a);
    } else gathered.set(s.entity, { first: s.summary, aliases: new Set(s.summary.aliases), stories: 1 });
  }
  const merged = [...gathered.values()].map(({ first, aliases, stories }) => ({ entity: { ...first, aliases: [...aliases] }, stories }));
  await tx.query(
    'DELETE FROM entities e WHERE e.id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM entity_sections s WHERE s.entity = e.id)', [ids]);
  await tx.query('DELETE FROM entity_names WHERE entity = ANY($1::text[])', [ids]);
  if (merged.length === 0) return;
  // Upserted, not deleted and inserted: the claim links of the stories this run left alone stay.
  await tx.query(
    `INSERT INTO entities (id, run_id, type, name, aliases, story_count, data)
     SELECT x.id, $2, x.type, x.name, x.aliases, x.stories, x.data
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, type text, name text, aliases jsonb, stories int, data jsonb)
     ON CONFLICT (id) DO UPDATE SET run_id = excluded.run_id, type = excluded.type, name = excluded.name,
       aliases = excluded.aliases, story_count = excluded.story_count, data = excluded.data`,
    [JSON.stringify(merged.map(({ entity, stories }) => ({
      id: entity.id, type: entity.type, name: entity.name, aliases: entity.aliases, stories, data: entity,
    }))), runId]);
  await insertEntityNames(tx, merged.map((e) => e.entity));
}

export async function insertEntityNames(tx: Sql, entities: EntitySummary[]): Promise<void> {
  const rows = entities.flatMap((e) => [...new Set([e.name, ...e.aliases])]
    .map((spelling) => ({ entity: e.id, spelling, ...nameKey(spelling) }))
    .filter((r) => r.key || r.skeleton));
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO entity_names (entity, spelling, key, skeleton, abjad)
     SELECT x.entity, x.spelling, x.key, x.skeleton, x.abjad
     FROM jsonb_to_recordset($1::jsonb) AS x(entity text, spelling text, key text, skeleton text, abjad boolean)`,
    [JSON.stringify(rows)]);
}

/** Stories of an entity a reader gets when it names no page size: as many as a list page. */
const ENTITY_STORIES_PAGE = 50;

/**
 * One entity as a reader asks for it: its record, and one page of the stories naming it
 * (earliest first; undated last) with every role and mention those stories give it. Read on
 * request, never by an update.
 */
export async function readEntity(sql: Sql, id: string, page: PageQuery = {}): Promise<StoredEntity | null> {
  const [record] = await sql.query<{ data: EntitySummary; stories: number }>('SELECT data, story_count AS stories FROM entities WHERE id = $1', [id]);
  if (!record) return null;
  const limit = page.limit ?? ENTITY_STORIES_PAGE;
  const [afterDate, afterStory] = page.after ?? [];
  // Undated stories sort after every date ('~' follows the digits of an ISO date).
  const rows = await sql.query<{ story: string; title: string; key: string; data: DossierEntity }>(
    `SELECT es.story, s.title, coalesce(es.earliest, '~') AS key, es.data FROM entity_sections es JOIN stories s ON s.id = es.story
     WHERE es.entity = $1 AND ($2::text IS NULL OR (coalesce(es.earliest, '~'), es.story) > ($2, $3))
     ORDER BY coalesce(es.earliest, '~'), es.story LIMIT $4`, [id, afterDate ?? null, afterStory ?? '', limit + 1]);
  const sections = rows.slice(0, limit);
  const last = sections[sections.length - 1];
  const roles: DossierEntity['roles'] = [];
  const mentions: DossierEntity['mentions'] = [];
  const seenRoles = new Set<string>();
  const seenMentions = new Set<string>();
  // Each story adds what the earlier ones did not say (a role by its words, a mention by its place).
  const mentionKey = (m: DossierEntity['mentions'][number]) => `${m.document}:${m.start}`;
  for (const s of sections) {
    const newRoles = s.data.roles.filter((r) => !seenRoles.has(r.text));
    const newMentions = s.data.mentions.filter((m) => !seenMentions.has(mentionKey(m)));
    for (const r of newRoles) { seenRoles.add(r.text); roles.push(r); }
    for (const m of newMentions) { seenMentions.add(mentionKey(m)); mentions.push(m); }
  }
  return {
    ...record.data, roles, mentions,
    stories: sections.map((s) => ({ id: s.story, title: s.title })),
    storyCount: record.stories,
    nextAfter: rows.length > limit && last ? [last.key, last.story] : null,
  };
}
