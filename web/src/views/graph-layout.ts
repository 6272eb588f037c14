/**
 * A small force layout whose labels do not overlap. Nodes repel, edges pull to a rest length, a
 * weak pull keeps the graph together; then each node's label box (the dot and its name under
 * it) is pushed apart from every other until none overlap. The view is fitted to the result,
 * so nothing is clamped against an edge of the drawing. Deterministic: the same graph draws
 * the same way.
 */
export interface LayoutNode { id: string; label: string }
export interface Box { x0: number; y0: number; x1: number; y1: number }
export interface Placed extends LayoutNode { x: number; y: number; box: Box }

export const LAYOUT = {
  /** Approximate width of one label character at the drawing's 12 px font (no DOM to measure in). */
  charWidth: 7,
  labelHeight: 16,
  /** Distance from a node's centre to its label's baseline. */
  labelDrop: 24,
  dotRadius: 9,
  /** Clear space kept between two label boxes. */
  gap: 6,
  restLength: 170,
  iterations: 300,
} as const;

export function labelBox(x: number, y: number, label: string): Box {
  const half = Math.max(label.length * LAYOUT.charWidth, LAYOUT.dotRadius * 2) / 2;
  return { x0: x - half, y0: y - LAYOUT.dotRadius, x1: x + half, y1: y + LAYOUT.labelDrop + 4 };
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

export function forceLayout(nodes: LayoutNode[], edges: [string, string][]): Placed[] {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const x = new Float64Array(n), y = new Float64Array(n);
  // Start on a circle wide enough for the labels, in the given order.
  const radius = Math.max(120, (n * 90) / (2 * Math.PI));
  for (let i = 0; i < n; i++) {
    const a = (i / Math.max(n, 1)) * 2 * Math.PI;
    x[i] = Math.cos(a) * radius;
    y[i] = Math.sin(a) * radius * 0.7;
  }
  const links = edges.map(([a, b]) => [index.get(a)!, index.get(b)!] as const).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  for (let step = 0; step < LAYOUT.iterations; step++) {
    const cooling = 1 - step / LAYOUT.iterations;
    const fx = new Float64Array(n), fy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = x[i] - x[j], dy = y[i] - y[j];
        const d2 = Math.max(dx * dx + dy * dy, 100);
        const f = 6000 / d2;
        const d = Math.sqrt(d2);
        fx[i] += (dx / d) * f; fy[i] += (dy / d) * f;
        fx[j] -= (dx / d) * f; fy[j] -= (dy / d) * f;
      }
      fx[i] -= x[i] * 0.01; fy[i] -= y[i] * 0.01;
    }
    for (const [a, b] of links) {
      const dx = x[b] - x[a], dy = y[b] - y[a];
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - LAYOUT.restLength) * 0.03;
      fx[a] += (dx / d) * f; fy[a] += (dy / d) * f;
      fx[b] -= (dx / d) * f; fy[b] -= (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      const step2 = Math.min(30, Math.hypot(fx[i], fy[i])) * cooling;
      const len = Math.hypot(fx[i], fy[i]) || 1;
      x[i] += (fx[i] / len) * step2;
      y[i] += (fy[i] / len) * step2;
    }
  }
  separateLabels(nodes, x, y);
  return nodes.map((node, i) => ({ ...node, x: x[i], y: y[i], box: labelBox(x[i], y[i], node.label) }));
}

/** Pushes overlapping label boxes apart along the axis of least overlap until none overlap. */
function separateLabels(nodes: LayoutNode[], x: Float64Array, y: Float64Array): void {
  for (let round = 0; round < 500; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = labelBox(x[i], y[i], nodes[i].label), b = labelBox(x[j], y[j], nodes[j].label);
        if (!overlaps(a, b, LAYOUT.gap)) continue;
        moved = true;
        const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + LAYOUT.gap;
        const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + LAYOUT.gap;
        // Ties (two nodes on one spot) break by index, so the result stays deterministic.
        if (ox < oy) {
          const s = x[i] < x[j] || (x[i] === x[j] && i < j) ? -1 : 1;
          x[i] += (s * ox) / 2 + s * 0.5; x[j] -= (s * ox) / 2 + s * 0.5;
        } else {
          const s = y[i] < y[j] || (y[i] === y[j] && i < j) ? -1 : 1;
          y[i] += (s * oy) / 2 + s * 0.5; y[j] -= (s * oy) / 2 + s * 0.5;
        }
      }
    }
    if (!moved) return;
  }
}

/** The smallest box holding every given box, with a margin. */
export function bounds(boxes: Box[], margin: number): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)) - margin, y0: Math.min(...boxes.map((b) => b.y0)) - margin,
    x1: Math.max(...boxes.map((b) => b.x1)) + margin, y1: Math.max(...boxes.map((b) => b.y1)) + margin,
  };
}
