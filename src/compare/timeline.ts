import type { Story, TimelineEntry } from '../model/corpus.js';
import type { ClaimView } from './claim-view.js';
import type { TimeExpression } from '../model/time.js';

/**
 * The story's dated events in calendar order. Each dated claim is an event; claims aligned
 * across publishers are one event, and a time the publishers agree on becomes one entry with
 * the evidence of all. Disagreeing dates stay separate entries (the conflict says why).
 */
export function buildTimeline(story: Story, views: ClaimView[], clusterOf: Map<number, string>, describe: (v: ClaimView, time: TimeExpression) => string): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const byKey = new Map<string, TimelineEntry>();
  views.forEach((v, i) => {
    for (const t of v.times) {
      if (t.type !== 'DATE' || !t.earliest || !t.latest) continue;
      const cluster = clusterOf.get(i) ?? `v${i}`;
      const key = `${cluster}|${t.earliest}|${t.latest}`;
      const evidence = { doc: v.doc.id, start: t.start, end: t.end };
      const existing = byKey.get(key);
      if (existing) {
        existing.evidence.push(evidence);
        continue;
      }
      const entry: TimelineEntry = {
        story: story.id,
        date: t.value,
        earliest: t.earliest,
        latest: t.latest,
        granularity: t.granularity,
        what: describe(v, t),
        evidence: [evidence, { doc: v.doc.id, start: v.claim.sentence.start, end: v.claim.sentence.end }],
        anchor: t.anchor === 'event' && t.anchorEvidence ? `event dated ${t.anchorEvidence.value}` : t.anchor,
      };
      byKey.set(key, entry);
      entries.push(entry);
    }
  });
  return entries.sort((a, b) => a.earliest.localeCompare(b.earliest) || a.latest.localeCompare(b.latest));
}
