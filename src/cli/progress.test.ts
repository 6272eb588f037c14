import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

function sink(isTTY: boolean) {
  const lines: string[] = [];
  return { out: { isTTY, write: (s: string) => lines.push(s) }, lines };
}

describe('progress off a terminal', () => {
  it('prints one plain line per N files and one at the end', () => {
    const { out, lines } = sink(false);
    const progress = progressBar('analysing', { out, every: 25, now: () => 0 });
    for (let i = 1; i <= 120; i++) progress(i, 120);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^triangulate: analysing 25\/120 \(/);
    expect(lines[4]).toMatch(/^triangulate: analysing 120\/120 /);
    expect(lines.join('')).not.toContain('\r');
  });

  it('stays quiet for a run shorter than one step', () => {
    const { out, lines } = sink(false);
    const progress = progressBar('analysing', { out, every: 25 });
    for (let i = 1; i <= 13; i++) progress(i, 13);
    expect(lines).toEqual([]);
  });
});

describe('progress on a terminal', () => {
  it('redraws one bar in place and ends its line', () => {
    const { out, lines } = sink(true);
    let t = 0;
    const progress = progressBar('ingesting', { out, now: () => (t += 1000) });
    for (let i = 1; i <= 3; i++) progress(i, 3);
    expect(lines.every((l) => l.startsWith('\r') || l === '\n')).toBe(true);
    expect(lines.at(-1)).toBe('\n');
    expect(lines.at(-2)).toContain('3/3');
  });
});
