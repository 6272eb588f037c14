import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { quantitiesComponent } from '../quantities/index.js';
import { quotesComponent } from './index.js';
import { fixtureDocument } from './fixture-document.js';
import { describeRequiring } from '../../../test/support/requires.js';

const seeds = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const present = existsSync(seeds);

/** Body sentences by a naive rule (long lines, split at . ! ?): the real splitter is not under test. */
function seedDocument(file: string) {
  const text = readFileSync(seeds + file, 'utf8');
  const ranges: Array<[number, number]> = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (line[0].length < 60) continue;
    for (const s of line[0].matchAll(/\S[^]*?(?:[.!?][”"’]?(?=\s|$)|$)/g)) {
      if (s[0]) ranges.push([line.index + s.index, line.index + s.index + s[0].length]);
    }
  }
  const doc = fixtureDocument(text, ranges);
  quotesComponent.process(doc);
  quantitiesComponent.process(doc);
  return doc;
}

describeRequiring(present ? null : `the seed articles: ${seeds} is absent`)('seed articles: quotes and numbers', () => {
  it('finds the quoted speakers of the first article', () => {
    const doc = seedDocument('000_2f57753ce39bdcf5.txt');
    const speakers = doc.layers.quotes!.map((q) => q.speaker);
    expect(speakers.filter((s) => s && /Ramani/.test(s)).length).toBeGreaterThanOrEqual(4);
    const peskov = doc.layers.quotes!.find((q) => doc.text.slice(q.content.start, q.content.end).includes('presence of our soldiers'));
    expect(peskov?.speaker).toBe('Dmitry Peskov');
  });

  it('finds the introduced statement and the characterisation in the second article', () => {
    const doc = seedDocument('004_64f80e6dc69ac11d.txt');
    const byContent = (words: string) => doc.layers.quotes!.find((q) => doc.text.slice(q.content.start, q.content.end).includes(words));
    expect(byContent('I know Syria has much to rebuild')?.speaker).toBe('Putin');
    expect(byContent('highly respected')?.speaker).toBe('Donald Trump');
  });

  it('reads the numbers with units and what they count', () => {
    const doc = seedDocument('004_64f80e6dc69ac11d.txt');
    const q = doc.layers.quantities!;
    expect(q).toContainEqual(expect.objectContaining({ value: 400e9, unit: 'USD', approximation: 'over' }));
    expect(q).toContainEqual(expect.objectContaining({ value: 63000, counts: 'combat sorties' }));
    expect(q).toContainEqual(expect.objectContaining({ value: 10000, approximation: 'at least' }));
    expect(q).toContainEqual(expect.objectContaining({ value: 15, unit: 'day', kind: 'duration' }));
    expect(q).toContainEqual(expect.objectContaining({ value: 14, unit: 'year' }));
    expect(q).toContainEqual(expect.objectContaining({ value: 4, unit: 'month' }));
    expect(q.some((x) => x.value >= 1900 && x.value <= 2100)).toBe(false);
  });
});
