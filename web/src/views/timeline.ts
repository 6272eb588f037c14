import { h, s, section } from '../dom.js';
import type { DossierStory } from '../../../src/model/dossier.js';
import { humanDay } from '../../../src/report/human-date.js';
import { foldedSummary, timelineAxis, type TimelineAxis, type TimelineRow } from '../../../src/report/timeline-axis.js';
import { readerLink } from './evidence.js';
import { rovingFocus } from '../roving-focus.js';

const DAY = 86_400_000;
const DISPUTED = '#b00020';
const POINT = new Set(['instant', 'minute', 'hour', 'day']);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function ticks(from: number, to: number): { at: number; label: string }[] {
  const out: { at: number; label: string }[] = [];
  const span = (to - from) / DAY;
  const d = new Date(from);
  if (span <= 120) {
    const step = span <= 21 ? 1 : 7;
    for (let t = from; t <= to; t += step * DAY) {
      const x = new Date(t);
      out.push({ at: t, label: `${x.getUTCDate()} ${MONTHS[x.getUTCMonth()]}` });
    }
    return out;
  }
  const months = span <= 3 * 366 ? Math.max(1, Math.ceil(span / 30 / 12)) : 12 * Math.max(1, Math.ceil(span / 365 / 12));
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  while (t <= to) {
    const x = new Date(t);
    if (t >= from) out.push({ at: t, label: months >= 12 ? String(x.getUTCFullYear()) : `${MONTHS[x.getUTCMonth()]} ${x.getUTCFullYear()}` });
    t = Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + months, 1);
  }
  return out;
}

/**
 * Events on a calendar axis, ordered by when they happened, dates said in words. The axis
 * zooms to the story's dense period; entries far before or after it are folded into a line
 * each (a button shows the whole span). A date known to the day is a point; a month, a week
 * or an interval is a band over the days it may cover; a date publishers dispute is marked.
 */
export function timelinePanel(story: DossierStory): HTMLElement {
  const zoomed = timelineAxis(story);
  if (zoomed.rows.length + zoomed.before.length + zoomed.after.length === 0) return section('Timeline', 'timeline', h('p', { class: 'empty' }, 'No dated events.'));
  const slot = h('div', { class: 'timeline-body' });
  const whole = zoomed.folded ? timelineAxis(story, { fold: false }) : zoomed;
  let showingAll = false;
  const toggle = zoomed.folded ? h('button', { type: 'button', class: 'timeline-zoom', 'aria-pressed': 'false' }, 'Show the whole span') : null;
  const draw = () => {
    slot.replaceChildren(axisView(showingAll ? whole : zoomed));
    if (toggle) {
      toggle.textContent = showingAll ? 'Zoom to the dense period' : 'Show the whole span';
      toggle.setAttribute('aria-pressed', String(showingAll));
    }
  };
  toggle?.addEventListener('click', () => { showingAll = !showingAll; draw(); });
  draw();
  rovingFocus(slot, 'svg a');
  return section('Timeline', 'timeline',
    h('p', { class: 'legend' }, 'Points are dates known to the day; bands span what a coarser date (week, month, season, year, interval) may cover; ⚠ marks a date publishers dispute.'),
    toggle, slot);
}

function axisView(axis: TimelineAxis): HTMLElement {
  const from = axis.from - DAY;
  const to = axis.to + DAY;
  const W = 960, left = 20, right = 20, axisY = 28, row = 26;
  const x = (t: number) => left + ((Math.min(Math.max(t, from), to) - from) / (to - from)) * (W - left - right);
  const H = axisY + 16 + axis.rows.length * row;
  const svg = s('svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': `Timeline of the story, ${humanDay(iso(axis.from))} to ${humanDay(iso(axis.to - DAY))}` },
    s('line', { x1: left, x2: W - right, y1: axisY, y2: axisY, class: 'axis' }),
    ticks(from, to).map((t) => s('g', { class: 'tick' },
      s('line', { x1: x(t.at), x2: x(t.at), y1: axisY - 4, y2: H, class: 'grid' }),
      s('text', { x: x(t.at), y: axisY - 8, 'text-anchor': 'middle' }, t.label))),
    axis.rows.map((r, i) => entryMark(r, axisY + 16 + i * row, x, W)));
  // A minimum width keeps labels legible on a phone: the panel scrolls sideways instead of
  // shrinking the text. Set through the CSSOM, which the page's style-src policy allows.
  svg.style.minWidth = '720px';
  const folded = (label: string, rows: TimelineRow[]) => (rows.length
    ? h('p', { class: 'timeline-folded' }, `${label}, folded: ${foldedSummary(rows)}`) : null);
  return h('div', null, folded('Earlier', axis.before), h('div', { class: 'scroll' }, svg), folded('Later', axis.after));
}

function entryMark(r: TimelineRow, y: number, x: (t: number) => number, W: number): SVGElement {
  const e = r.entry;
  const point = POINT.has(e.granularity) && e.earliest === e.latest;
  const x0 = x(r.from);
  const x1 = Math.max(x(r.to), x0 + 3);
  const label = `${r.disputed ? '⚠ ' : ''}${r.when} · ${e.what}`;
  const labelX = x1 + 6 > W - 300 ? x0 - 6 : x1 + 6;
  const cls = `gran-${e.granularity}${r.disputed ? ' disputed' : ''}`;
  const mark = point
    ? s('circle', { cx: (x0 + x1) / 2, cy: y, r: 5, class: `point ${cls}` })
    : s('rect', { x: x0, y: y - 6, width: x1 - x0, height: 12, rx: 2, class: `band ${cls}` });
  const ev = e.evidence[0];
  const g = s('g', { class: `entry ${point ? 'is-point' : 'is-band'}${r.disputed ? ' is-disputed' : ''}`, 'data-granularity': e.granularity },
    s('title', null, `${r.when}: ${e.what}${r.disputed ? `\n${r.disputed}` : ''}\n${ev?.sentence?.text ?? ev?.text ?? ''}`),
    mark,
    s('text', { x: labelX, y: y + 4, 'text-anchor': labelX < x0 ? 'end' : 'start' }, label.length > 70 ? `${label.slice(0, 69)}…` : label));
  // The stylesheet colours marks and labels; a disputed date is red over it (CSSOM, as the page's style-src policy allows).
  if (r.disputed) for (const el of [mark, g.querySelector('text')!]) (el as SVGElement).style.fill = DISPUTED;
  return ev ? s('a', { href: readerLink(ev) }, g) : g;
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
