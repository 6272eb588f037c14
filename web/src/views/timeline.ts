import { h, s, section } from '../dom.js';
import type { DossierStory, DossierTimelineEntry } from '../../../src/model/dossier.js';
import { readerLink } from './evidence.js';

const DAY = 86_400_000;
const POINT = new Set(['instant', 'minute', 'hour', 'day']);

function ms(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

function ticks(from: number, to: number): { at: number; label: string }[] {
  const out: { at: number; label: string }[] = [];
  const span = (to - from) / DAY;
  const d = new Date(from);
  if (span <= 120) {
    const step = span <= 21 ? 1 : 7;
    for (let t = from; t <= to; t += step * DAY) out.push({ at: t, label: new Date(t).toISOString().slice(5, 10) });
    return out;
  }
  const months = span <= 3 * 366 ? Math.max(1, Math.ceil(span / 30 / 12)) : 12 * Math.max(1, Math.ceil(span / 365 / 12));
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  while (t <= to) {
    if (t >= from) out.push({ at: t, label: new Date(t).toISOString().slice(0, months >= 12 ? 4 : 7) });
    const n = new Date(t);
    t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + months, 1);
  }
  return out;
}

/**
 * Events on a calendar axis, ordered by when they happened. A date known to the day is a
 * point; a month, a week or an interval is a band over the days it may cover.
 */
export function timelinePanel(story: DossierStory): HTMLElement {
  const entries = story.timeline.filter((e) => e.earliest && e.latest && !Number.isNaN(ms(e.earliest)) && !Number.isNaN(ms(e.latest)));
  if (entries.length === 0) return section('Timeline', 'timeline', h('p', { class: 'empty' }, 'No dated events.'));
  entries.sort((a, b) => ms(a.earliest) - ms(b.earliest) || ms(a.latest) - ms(b.latest));
  const from = Math.min(...entries.map((e) => ms(e.earliest))) - DAY;
  const to = Math.max(...entries.map((e) => ms(e.latest))) + 2 * DAY;
  const W = 960, left = 20, right = 20, axisY = 28, row = 24;
  const x = (t: number) => left + ((t - from) / (to - from)) * (W - left - right);
  const H = axisY + 16 + entries.length * row;
  const svg = s('svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Timeline of the story' },
    s('line', { x1: left, x2: W - right, y1: axisY, y2: axisY, class: 'axis' }),
    ticks(from, to).map((t) => s('g', { class: 'tick' },
      s('line', { x1: x(t.at), x2: x(t.at), y1: axisY - 4, y2: H, class: 'grid' }),
      s('text', { x: x(t.at), y: axisY - 8, 'text-anchor': 'middle' }, t.label))),
    entries.map((e, i) => entryMark(e, axisY + 16 + i * row, x, W)));
  return section('Timeline', 'timeline',
    h('p', { class: 'legend' }, 'Points are dates known to the day; bands span what a coarser date (week, month, year, interval) may cover.'),
    h('div', { class: 'scroll' }, svg));
}

function entryMark(e: DossierTimelineEntry, y: number, x: (t: number) => number, W: number): SVGElement {
  const a = ms(e.earliest);
  const b = ms(e.latest) + DAY;
  const point = POINT.has(e.granularity) && e.earliest === e.latest;
  const x0 = x(a);
  const x1 = Math.max(x(b), x0 + 3);
  const label = `${e.date} · ${e.granularity} · ${e.what}`;
  const labelX = x1 + 6 > W - 300 ? x0 - 6 : x1 + 6;
  const mark = point
    ? s('circle', { cx: (x0 + x1) / 2, cy: y, r: 5, class: `point gran-${e.granularity}` })
    : s('rect', { x: x0, y: y - 6, width: x1 - x0, height: 12, rx: 2, class: `band gran-${e.granularity}` });
  const ev = e.evidence[0];
  const g = s('g', { class: `entry ${point ? 'is-point' : 'is-band'}`, 'data-granularity': e.granularity },
    s('title', null, `${label}\n${ev?.sentence?.text ?? ev?.text ?? ''}`),
    mark,
    s('text', { x: labelX, y: y + 4, 'text-anchor': labelX < x0 ? 'end' : 'start' }, label.length > 70 ? `${label.slice(0, 69)}…` : label));
  return ev ? s('a', { href: readerLink(ev) }, g) : g;
}
