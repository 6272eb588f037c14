import type { DossierStory } from '../model/dossier.js';

type DossierPublisher = DossierStory['publishers'][number];

/**
 * What stands for a publisher and what copies it: a syndicated copy can stand for its publisher
 * when the pile holds no original, and is then said to be one rather than listed twice.
 */
export function publisherLine(p: DossierPublisher): { stands: { document: string; copyReason: string | null }; copies: DossierPublisher['copies'] } {
  const self = p.copies.find((c) => c.document === p.original);
  return { stands: { document: p.original, copyReason: self?.reason ?? null }, copies: p.copies.filter((c) => c.document !== p.original) };
}
