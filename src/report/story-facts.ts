import type { DossierStory } from '../model/dossier.js';
import { humanPublished } from './human-date.js';

/** "7 Mar 2025 09:30 – 8 Mar 2025": when a story's articles came out, in words. */
export function publishedRange(s: DossierStory): string {
  const { earliest, latest } = s.published;
  if (!earliest) return 'undated';
  return !latest || latest === earliest ? humanPublished(earliest) : `${humanPublished(earliest)} – ${humanPublished(latest)}`;
}

/** "1 conflict, 1 update": what publishers dispute in a story, counted by kind of difference. */
export function disputeCounts(s: DossierStory): string {
  const count = (n: number, one: string, many: string) => (n ? `${n} ${n === 1 ? one : many}` : '');
  const byKind = (k: string) => s.divergences.filter((d) => d.kind === k).length;
  return [
    count(s.conflicts.length, 'conflict', 'conflicts'),
    count(byKind('update'), 'update', 'updates'),
    count(byKind('tension'), 'tension', 'tensions'),
    count(byKind('wording'), 'differing wording', 'differing wordings'),
    count(byKind('spelling'), 'name spelled two ways', 'names spelled two ways'),
  ].filter(Boolean).join(', ');
}
