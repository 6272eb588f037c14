import type { DossierStory } from '../model/dossier.js';

/**
 * Which entities each claim of a story speaks of: an entity whose mention lies in the claim's
 * evidence (its sentence, or the span when no sentence is known), or whose name is the claim's
 * actor or target. Stored so a search for a person reaches every claim about them by id.
 */
export function claimEntityLinks(story: DossierStory): { entity: string; claim: string }[] {
  const mentionsByDoc = new Map<string, { start: number; entity: string }[]>();
  const byName = new Map<string, string>();
  for (const e of story.entities) {
    byName.set(e.name, e.id);
    for (const m of e.mentions) {
      const list = mentionsByDoc.get(m.document) ?? [];
      list.push({ start: m.start, entity: e.id });
      mentionsByDoc.set(m.document, list);
    }
  }
  const links = new Map<string, { entity: string; claim: string }>();
  const link = (entity: string, claim: string) => links.set(`${entity}\u0000${claim}`, { entity, claim });
  for (const claim of story.claims) {
    for (const named of [claim.actor, claim.target]) {
      const id = named ? byName.get(named) : undefined;
      if (id) link(id, claim.id);
    }
    for (const ev of claim.evidence) {
      const range = ev.sentence ?? ev;
      for (const m of mentionsByDoc.get(ev.document) ?? []) {
        if (m.start >= range.start && m.start < range.end) link(m.entity, claim.id);
      }
    }
  }
  return [...links.values()];
}
