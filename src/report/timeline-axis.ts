import type { DossierConflict, DossierStory, DossierTimelineEntry } from '../model/dossier.js';
import { TIMELINE_AXIS, type TimelineAxisConfig } from './config.js';
import { humanEntryDate } from './human-date.js';
import { sideWho, valueGroups } from './summary.js';

const DAY = 86_400_000;

/** One timeline entry as a reader sees it: the date in words, where it lies, and whether publishers dispute it. */
export interface TimelineRow {
  entry: DossierTimelineEntry;
  when: string;
  /** Epoch milliseconds: first day, and the end of the last day. */
  from: number;
  to: number;
  /** The date conflict this entry is a side of, said in words; null when nobody disputes it. */
  disputed: string | null;
}

/**
 * A story's timeline zoomed to its dense period: the smallest window holding most entries,
 * when that window is much narrower than the whole span; entries wholly outside it are folded
 * (`before`, `after`) rather than squeezing everything else into a few pixels.
 */
export interface TimelineAxis {
  rows: TimelineRow[];
  before: TimelineRow[];
  after: TimelineRow[];
  from: number;
  to: number;
  folded: boolean;
}

export function timelineAxis(story: DossierStory, opts: { fold?: boolean; config?: TimelineAxisConfig } = {}): TimelineAxis {
  const config = opts.config ?? TIMELINE_AXIS;
  const names = new Map(story.publishers.map((p) => [p.id, p.name]));
  const dateConflicts = story.conflicts.filter((c) => c.kind === 'date');
  const rows = story.timeline
    .map((entry) => ({ entry, from: dayMs(entry.earliest), to: dayMs(entry.latest) + DAY }))
    .filter((r) => !Number.isNaN(r.from) && !Number.isNaN(r.to))
    .map((r) => ({ ...r, when: humanEntryDate(r.entry), disputed: disputeOf(r.entry, dateConflicts, names) }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  if (rows.length === 0) return { rows, before: [], after: [], from: 0, to: 0, folded: false };
  const span = { from: Math.min(...rows.map((r) => r.from)), to: Math.max(...rows.map((r) => r.to)) };
  const window = opts.fold === false ? null : denseWindow(rows, span, config);
  if (!window) return { rows, before: [], after: [], from: span.from, to: span.to, folded: false };
  return {
    rows: rows.filter((r) => r.to > window.from && r.from < window.to),
    before: rows.filter((r) => r.to <= window.from),
    after: rows.filter((r) => r.from >= window.to),
    from: window.from,
    to: window.to,
    folded: true,
  };
}

/** The folded entries in one line: "the 1970s (2), autumn 2024". */
export function foldedSummary(rows: TimelineRow[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.when, (counts.get(r.when) ?? 0) + 1);
  return [...counts].map(([when, n]) => (n > 1 ? `${when} (${n})` : when)).join(', ');
}

function denseWindow(rows: TimelineRow[], span: { from: number; to: number }, config: TimelineAxisConfig): { from: number; to: number } | null {
  if (rows.length < config.minEntriesToFold) return null;
  const mids = rows.map((r) => (r.from + r.to) / 2).sort((a, b) => a - b);
  const k = Math.ceil(config.denseShare * mids.length);
  let best = 0;
  for (let i = 1; i + k - 1 < mids.length; i++) if (mids[i + k - 1] - mids[i] < mids[best + k - 1] - mids[best]) best = i;
  let from = mids[best];
  let to = mids[best + k - 1];
  const minWidth = config.minWindowDays * DAY;
  if (to - from < minWidth) {
    const centre = (from + to) / 2;
    from = centre - minWidth / 2;
    to = centre + minWidth / 2;
  }
  // A margin so the window's first and last entries are not drawn on its edge.
  const pad = (to - from) * 0.05;
  from = Math.floor((from - pad) / DAY) * DAY;
  to = Math.ceil((to + pad) / DAY) * DAY;
  if (to - from >= config.foldBelowShareOfSpan * (span.to - span.from)) return null;
  if (!rows.some((r) => r.to <= from || r.from >= to)) return null;
  return { from, to };
}

function disputeOf(entry: DossierTimelineEntry, conflicts: DossierConflict[], names: Map<string, string>): string | null {
  for (const c of conflicts) {
    const isSide = c.sides.some((s) => sideDate(s.value) === entry.date && entry.evidence.some((e) =>
      e.document === s.evidence.document && e.start < s.evidence.end && s.evidence.start < e.end));
    if (isSide) return `date disputed: ${valueGroups(c, names).map((g) => `${g.value} (${g.sides.map(sideWho).join('; ')})`).join(' vs ')}`;
  }
  return null;
}

/** The normalised date a date conflict's side gives: `"3 March" (2025-03-03)` → 2025-03-03. */
function sideDate(value: string): string {
  return /\(([^()\s]+)\)\s*$/.exec(value)?.[1] ?? value.trim();
}

function dayMs(iso: string | null | undefined): number {
  return iso ? Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) : Number.NaN;
}
