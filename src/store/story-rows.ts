import type { Dossier, DossierClaim, DossierConflict, DossierEntity, DossierStory } from '../model/dossier.js';
import type { Sql } from './db.js';

/**
 * A story as its `stories.dossier` row keeps it: everything but its claims, conflicts and entity
 * sections, which have rows of their own (searched, linked to entities, merged into entity
 * records). Keeping them in the dossier too stored the largest parts of every story twice:
 * claims and entities are about 60% of a story's JSON.
 */
export type StoryFrame = Omit<DossierStory, 'claims' | 'conflicts' | 'entities'>;

/** What a `stories.dossier` row holds: one story's frame with the documents it covers. */
export type StoredDossier = Omit<Dossier, 'stories'> & { stories: [StoryFrame] };

/** The parts of a story that live in their own rows, in the story's order. */
export interface StoryParts {
  claims: DossierClaim[];
  conflicts: DossierConflict[];
  entities: DossierEntity[];
}

export function storyFrame(story: DossierStory): StoryFrame {
  const { claims: _claims, conflicts: _conflicts, entities: _entities, ...frame } = story;
  return frame;
}

/**
 * The stored dossiers (one story each) made whole again with their claims, conflicts and entity
 * sections, read for all the stories in three queries (each row keeps its position in the story
 * as `ord`).
 */
export async function wholeDossiers(db: Sql, stored: StoredDossier[]): Promise<Dossier[]> {
  if (stored.length === 0) return [];
  const ids = stored.map((d) => d.stories[0].id);
  const claims = await db.query<{ story: string; data: DossierClaim }>(
    'SELECT story, data FROM claims WHERE story = ANY($1::text[]) ORDER BY story, ord', [ids]);
  const conflicts = await db.query<{ story: string; data: DossierConflict }>(
    'SELECT story, data FROM conflicts WHERE story = ANY($1::text[]) ORDER BY story, ord', [ids]);
  const entities = await db.query<{ story: string; data: DossierEntity }>(
    'SELECT story, data FROM entity_sections WHERE story = ANY($1::text[]) ORDER BY story, ord', [ids]);
  const parts = new Map<string, StoryParts>(ids.map((id) => [id, { claims: [], conflicts: [], entities: [] }]));
  for (const r of claims) parts.get(r.story)?.claims.push(r.data);
  for (const r of conflicts) parts.get(r.story)?.conflicts.push(r.data);
  for (const r of entities) parts.get(r.story)?.entities.push(r.data);
  return stored.map((d) => {
    const [frame] = d.stories;
    return { ...d, stories: [{ ...frame, ...parts.get(frame.id)! }] };
  });
}
