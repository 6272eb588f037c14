import type { Story, TimelineEntry } from '../model/corpus.js';
import type { ClaimView } from './claim-view.js';
import type { TimeExpression } from '../model/time.js';
import { datedKey } from './timeline-events.js';

/**
 * The story's dated events in calendar order. Each dated claim is an event; claims aligned
 * across publishers are one event, and a time the publishers agree on becomes one entry with
 * the evidence of all, as are statements the event coreference model puts in one event
 * (`events`, by datedKey) on the same dates. Disagreeing dates stay separate entries (the
 * conflict says why).
 */
export function buildTimeline(story: Story, views: ClaimView[], clusterOf: Map<number, string>, describe: (v: ClaimView, time: TimeExpression) => string, events: Map<string, string> = new Map()): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const byKey = new Map<string, TimelineEntry>();
  const group = groupsOf(views, clusterOf, events);
  // A date written once dates one event: a clause and the dated event noun read inside it ("held
  // talks on Saturday" / "talks on Saturday") would make two entries of one. The clause comes first.
  const dated = new Set<string>();
  views.forEach((v, i) => {
    for (const t of v.times) {
      if (t.type !== 'DATE' || !t.earliest || !t.latest) continue;
      const written = `${v.doc.id}:${t.start}`;
      if (dated.has(written)) continue;
      dated.add(written);
      const cluster = group(datedKey(i, t), i);
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

/**
 * One group per event: dated statements join when their claims are aligned or when the event
 * model puts them in one event, whichever links them (a union-find over both relations). The
 * entry key adds the dates, so a group's statements of different days stay apart.
 */
function groupsOf(views: ClaimView[], clusterOf: Map<number, string>, events: Map<string, string>): (key: string, view: number) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (x: string, y: string) => {
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent.set(rx, ry);
  };
  for (const [key, event] of events) union(key, `e:${event}`);
  const claim = (view: number) => `c:${clusterOf.get(view) ?? `v${view}`}`;
  for (const key of events.keys()) union(key, claim(Number(key.slice(0, key.indexOf('|')))));
  return (key, view) => find(events.has(key) ? key : claim(view));
}
