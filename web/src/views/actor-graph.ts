import { h, s, section } from '../dom.js';
import type { DossierStory } from '../../../src/model/dossier.js';
import { rovingFocus } from '../roving-focus.js';
import { actorEdges } from './actor-edges.js';
import { bounds, forceLayout, overlaps, type Box } from './graph-layout.js';

const MARGIN = 16;
const EDGE_LABEL_HEIGHT = 14;
const CHAR = 6;

/** Where an action's word goes: at the curve's middle, or nudged along its normal; null when every spot hides a label. */
function edgeLabelSpot(mx: number, my: number, nx: number, ny: number, text: string, taken: Box[]): { x: number; y: number; box: Box } | null {
  const half = (text.length * CHAR) / 2;
  for (const off of [0, 14, -14, 28, -28]) {
    const x = mx + nx * off, y = my + ny * off;
    const box = { x0: x - half, y0: y - EDGE_LABEL_HEIGHT + 3, x1: x + half, y1: y + 3 };
    if (!taken.some((t) => overlaps(t, box, 2))) return { x, y, box };
  }
  return null;
}

/** Who acts on whom, from the claims that independent publishers align. */
export function actorGraph(story: DossierStory): HTMLElement {
  const { edges, note } = actorEdges(story);
  if (edges.length === 0) return section('Actors', 'actors', h('p', { class: 'empty' }, note));
  const entity = new Map(story.entities.map((e) => [e.id, e]));
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  const placed = forceLayout(ids.map((id) => ({ id, label: entity.get(id)?.name ?? id })), edges.map((e) => [e.source, e.target]));
  const at = new Map(placed.map((p) => [p.id, p]));
  const taken: Box[] = placed.map((p) => p.box);

  const drawnEdges = edges.map((e, i) => {
    const a = at.get(e.source)!, b = at.get(e.target)!;
    // Several actions between one pair fan out as curves instead of drawing over each other.
    const pair = (x: typeof e) => [x.source, x.target].sort().join('|');
    const siblings = edges.filter((x) => pair(x) === pair(e));
    const k = siblings.indexOf(e) - (siblings.length - 1) / 2;
    const dx = b.x - a.x, dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const sign = e.source < e.target ? 1 : -1;
    const nx = (-dy / len) * sign, ny = (dx / len) * sign;
    const cx = (a.x + b.x) / 2 + nx * k * 40, cy = (a.y + b.y) / 2 + ny * k * 40;
    const spot = edgeLabelSpot((a.x + 2 * cx + b.x) / 4, (a.y + 2 * cy + b.y) / 4 - 4, nx, ny, e.action, taken);
    if (spot) taken.push(spot.box);
    const names = `${a.label} ${e.action} ${b.label}`;
    return s('a', { href: `#/story/${encodeURIComponent(story.id)}?claim=${encodeURIComponent(e.claims[0])}`, 'data-edge': i, 'aria-label': `${names} (${e.claims.length} aligned claim${e.claims.length === 1 ? '' : 's'})` },
      s('g', { class: 'edge' },
        s('title', null, names),
        s('path', { d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`, 'marker-end': 'url(#arrow)' }),
        // An action whose word would cover a name keeps it in its title and label only.
        spot ? s('text', { x: spot.x.toFixed(1), y: spot.y.toFixed(1), 'text-anchor': 'middle', class: 'edge-label' }, e.action) : null));
  });
  const view = bounds(taken, MARGIN);
  const svg = s('svg', { class: 'actor-graph', viewBox: `${view.x0.toFixed(1)} ${view.y0.toFixed(1)} ${(view.x1 - view.x0).toFixed(1)} ${(view.y1 - view.y0).toFixed(1)}`, role: 'group', 'aria-label': 'Who acts on whom (arrow keys move between actors and actions)' },
    s('defs', null, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 20, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }))),
    drawnEdges,
    placed.map((n) => s('a', { href: `#/entity/${encodeURIComponent(n.id)}`, 'aria-label': n.label },
      s('g', { class: `node type-${entity.get(n.id)?.type ?? 'MISC'}` },
        s('circle', { cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: 9 }),
        s('text', { x: n.x.toFixed(1), y: (n.y + 24).toFixed(1), 'text-anchor': 'middle', class: 'node-label' }, n.label)))));
  // Text stays legible on a phone: the drawing keeps a natural size and scrolls in its box.
  svg.style.width = `${Math.round(view.x1 - view.x0)}px`;
  svg.style.maxWidth = 'none';
  rovingFocus(svg, 'a');
  return section('Actors', 'actors',
    h('p', { class: 'legend' }, 'From claims that two or more independent publishers report (agreeing or in conflict), where both who acted and on whom are named entities.'),
    note ? h('p', { class: 'legend' }, note) : null,
    h('div', { class: 'scroll graph-box', role: 'region', 'aria-label': 'Actor graph' }, svg));
}
