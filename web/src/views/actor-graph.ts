import { h, s, section } from '../dom.js';
import type { DossierStory } from '../../../src/model/dossier.js';
import { rovingFocus } from '../roving-focus.js';

interface Node { id: string; name: string; type: string; x: number; y: number; vx: number; vy: number }

/**
 * A small force layout: nodes repel, edges pull, a weak pull to the centre keeps the graph
 * on screen. Deterministic start positions, so the same story draws the same way.
 */
function layout(nodes: Node[], edges: { a: Node; b: Node }[], W: number, H: number): void {
  nodes.forEach((n, i) => {
    const angle = (i / nodes.length) * Math.PI * 2;
    n.x = W / 2 + Math.cos(angle) * W * 0.3;
    n.y = H / 2 + Math.sin(angle) * H * 0.3;
  });
  for (let step = 0; step < 300; step++) {
    const cooling = 1 - step / 300;
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        a.vx += (dx / d2) * 1800;
        a.vy += (dy / d2) * 1800;
      }
      a.vx += (W / 2 - a.x) * 0.01;
      a.vy += (H / 2 - a.y) * 0.01;
    }
    for (const { a, b } of edges) {
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - 140) * 0.02;
      a.vx += (dx / d) * f; a.vy += (dy / d) * f;
      b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
    }
    for (const n of nodes) {
      n.x = Math.min(W - 90, Math.max(90, n.x + n.vx * cooling));
      n.y = Math.min(H - 36, Math.max(24, n.y + n.vy * cooling));
      n.vx *= 0.5; n.vy *= 0.5;
    }
  }
}

/** Who acts on whom, from the story's claim frames. */
export function actorGraph(story: DossierStory): HTMLElement {
  if (story.actorGraph.length === 0) return section('Actors', 'actors', h('p', { class: 'empty' }, 'No actor acts on another in the claims.'));
  const entity = new Map(story.entities.map((e) => [e.id, e]));
  const nodes = new Map<string, Node>();
  const node = (id: string) => {
    let n = nodes.get(id);
    if (!n) {
      const e = entity.get(id);
      n = { id, name: e?.name ?? id, type: e?.type ?? 'MISC', x: 0, y: 0, vx: 0, vy: 0 };
      nodes.set(id, n);
    }
    return n;
  };
  const edges = story.actorGraph.map((e) => ({ a: node(e.source), b: node(e.target), action: e.action, claims: e.claims }));
  const W = 900, H = Math.min(560, 220 + nodes.size * 18);
  layout([...nodes.values()], edges, W, H);
  const svg = s('svg', { class: 'actor-graph', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Who acts on whom (arrow keys move between actors and actions)' },
    s('defs', null, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 20, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }))),
    edges.map((e, i) => {
      // Several actions between one pair fan out as curves instead of drawing over each other.
      const pair = (x: typeof e) => [x.a.id, x.b.id].sort().join('|');
      const siblings = edges.filter((x) => pair(x) === pair(e));
      const k = siblings.indexOf(e) - (siblings.length - 1) / 2;
      const dx = e.b.x - e.a.x, dy = e.b.y - e.a.y;
      const len = Math.sqrt(dx * dx + dy * dy) || 1;
      const sign = e.a.id < e.b.id ? 1 : -1;
      const cx = (e.a.x + e.b.x) / 2 - (dy / len) * k * 40 * sign;
      const cy = (e.a.y + e.b.y) / 2 + (dx / len) * k * 40 * sign;
      return s('a', { href: `#/story/${encodeURIComponent(story.id)}?claim=${encodeURIComponent(e.claims[0] ?? '')}`, 'data-edge': i },
        s('g', { class: 'edge' },
          s('title', null, `${e.a.name} ${e.action} ${e.b.name} (${e.claims.length} claim${e.claims.length === 1 ? '' : 's'})`),
          s('path', { d: `M${e.a.x},${e.a.y} Q${cx},${cy} ${e.b.x},${e.b.y}`, 'marker-end': 'url(#arrow)' }),
          s('text', { x: (e.a.x + 2 * cx + e.b.x) / 4, y: (e.a.y + 2 * cy + e.b.y) / 4 - 4, 'text-anchor': 'middle' }, e.action)));
    }),
    [...nodes.values()].map((n) => s('a', { href: `#/entity/${encodeURIComponent(n.id)}` },
      s('g', { class: `node type-${n.type}` },
        s('circle', { cx: n.x, cy: n.y, r: 9 }),
        s('text', { x: n.x, y: n.y + 22, 'text-anchor': 'middle' }, n.name)))));
  rovingFocus(svg, 'a');
  return section('Actors', 'actors', h('div', { class: 'scroll' }, svg));
}
