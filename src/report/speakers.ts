import type { DossierQuote, DossierStory } from '../model/dossier.js';

/**
 * Whom a quotation is by, as the dossier names them: the resolved entity's name when the speaker
 * is a known actor ("Ilse Brandvold" for a quote the article gives to "Brandvold"), else the
 * speaker as written. Every spelling of one actor is then one voice.
 */
export function speakerName(q: DossierQuote, story: Pick<DossierStory, 'entities'>): string | null {
  if (q.entity) {
    const entity = story.entities.find((e) => e.id === q.entity);
    if (entity) return entity.name;
  }
  return q.speaker;
}

/** One key per voice: the entity, else the written speaker without case ("Officials", "officials"). */
export function voiceKey(q: DossierQuote): string | null {
  return q.entity ?? q.speaker?.toLowerCase() ?? null;
}
