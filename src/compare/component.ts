import type { CorpusComponent } from '../pipeline/component.js';
import type { AlignedClaim, Conflict, Corpus, Entity, TimelineEntry, Warning } from '../model/corpus.js';
import { compareStory } from './align.js';
import { buildTimeline } from './timeline.js';
import { misattributionWarnings, spellingWarnings } from './warnings.js';
import type { ClaimView } from './claim-view.js';

/**
 * Aligns each story's claims across its independent publishers, labels them, finds conflicts,
 * builds the timeline and raises source-consistency warnings.
 */
export const compareComponent: CorpusComponent = {
  kind: 'corpus',
  name: 'compare',
  requires: ['claims', 'stories', 'publishers', 'documentPublisher', 'entities', 'mentionEntity'],
  produces: ['claims', 'conflicts', 'timeline', 'warnings'],
  process(corpus: Corpus) {
    const entities = new Map<string, Entity>((corpus.entities ?? []).map((e) => [e.id, e]));
    const byName = new Map<string, string>((corpus.entities ?? []).map((e) => [e.name, e.id]));
    const entityName = (id: string) => entities.get(id)?.name ?? id.replace(/^[A-Z]+:/, '');
    const claims: AlignedClaim[] = [];
    const conflicts: Conflict[] = [];
    const timeline: TimelineEntry[] = [];
    const warnings: Warning[] = [];
    const copies = new Map<string, string>();
    for (const p of corpus.publishers ?? []) for (const c of p.copies) if (c.doc !== p.original) copies.set(c.doc, p.original);
    for (const story of corpus.stories ?? []) {
      const inStory = new Set(story.documents);
      // A copy whose original is in the story adds no publisher and no claim of its own.
      const compared = { ...story, documents: story.documents.filter((d) => !(copies.has(d) && inStory.has(copies.get(d)!))) };
      const result = compareStory(corpus, compared, entityName);
      claims.push(...result.claims);
      conflicts.push(...result.conflicts);
      timeline.push(...buildTimeline(story, result.views, result.clusterOf, describeEvent));
    }
    for (const doc of corpus.documents) warnings.push(...spellingWarnings(corpus, doc, entities));
    warnings.push(...misattributionWarnings(corpus, conflicts, (name) => byName.get(name)));
    corpus.claims = claims;
    corpus.conflicts = conflicts;
    corpus.timeline = timeline;
    corpus.warnings = [...(corpus.warnings ?? []), ...warnings];
  },
};

/** A short label for a timeline entry: the sentence, cut at a clause boundary near 140 characters. */
function describeEvent(v: ClaimView): string {
  const sentence = v.doc.text.slice(v.claim.sentence.start, v.claim.sentence.end).replace(/\s+/g, ' ');
  if (sentence.length <= 160) return sentence;
  const cut = sentence.slice(0, 160);
  const at = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '));
  return `${at > 60 ? cut.slice(0, at) : cut}…`;
}
