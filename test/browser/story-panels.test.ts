import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BROWSER_SKIP_REASON, SCREENSHOTS, startFixtureUi, type FixtureUi } from './browser.js';
import { fixtureDossier } from './seed.js';
import { describeRequiring } from '../support/requires.js';
import type { DossierStory } from '../../src/model/dossier.js';

/** Label boxes in the drawing that overlap another, as "a / b" pairs (screen pixels). */
async function overlappingLabels(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => {
    const boxes = els.map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${boxes[i].text} / ${boxes[j].text}`);
      }
    }
    return out;
  });
}

describeRequiring(BROWSER_SKIP_REASON)('story panels: actor graph, map and quotes (headless Chromium)', () => {
  let ui: FixtureUi;
  let page: Page;
  let base = '';

  beforeAll(async () => {
    ui = await startFixtureUi();
    base = ui.base;
    // A second story over the same articles where nothing can be drawn: no aligned action, no located place.
    const dossier = fixtureDossier(ui.docs);
    const bare: DossierStory = {
      ...structuredClone(dossier.stories[0]), id: 'bare-story', title: 'Quiet harbour meeting',
      entities: [{ id: 'e-nowhere', name: 'Brackwater Flats', type: 'LOC', aliases: ['Brackwater Flats'], roles: [], mentions: [] }],
      actorGraph: [],
    };
    dossier.stories.push(bare);
    // Quotes: the Herald's quote also carried by a syndicated copy, under another spelling of the speaker, and a speaker that is no name.
    const [, valley, courier] = dossier.documents;
    valley.syndicatedFrom = 'Coast Herald';
    const quote = dossier.stories[0].quotes[0];
    dossier.stories[0].quotes = [
      { ...quote, speaker: 'Marrow', evidence: { ...quote.evidence, document: valley.id } },
      quote,
      { ...quote, speaker: 'a figure officials', entity: null, content: 'the port reopens on Friday', evidence: { ...quote.evidence, document: courier.id } },
    ];
    await ui.store.saveAnalysis(dossier);
    page = await ui.browser.newPage();
  });
  afterAll(async () => { await ui?.close(); });

  for (const size of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    it(`lists quotes by speaker, a copy once with "also in", no description as a speaker, at ${size.width} px`, async () => {
      await page.setViewportSize(size);
      await page.goto(`${base}/#/story/velmora-strike?section=quotes`);
      const quotes = page.locator('#quotes');
      await quotes.locator('.speaker').first().waitFor();
      await expect(quotes.locator('summary').textContent()).resolves.toBe('Quotes (2)');
      await expect(quotes.locator('.speaker h3').allTextContents()).resolves.toEqual(['Ilsa Marrow ×1', 'Unnamed or unclear speakers ×1']);
      await expect(quotes.locator('.speaker').first().locator('li').textContent()).resolves
        .toBe('“until the cranes are safe to run again” Coast Herald, said (direct) · also in: Valley News');
      await expect(quotes.textContent()).resolves.not.toContain('a figure officials');
      await quotes.screenshot({ path: join(SCREENSHOTS, `quotes-${size.width}.png`) });
    });

    it(`shows the article's original URL in the reader at ${size.width} px`, async () => {
      await page.setViewportSize(size);
      await page.goto(`${base}/#/doc/${ui.docs[0].id}`);
      const link = page.locator('.doc-url a');
      await link.waitFor();
      await expect(link.getAttribute('href')).resolves.toBe('https://coast-herald.example/01-coast-herald');
      await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    it(`draws the actor graph from aligned actions with no label over another at ${size.width} px`, async () => {
      await page.setViewportSize(size);
      await page.goto(`${base}/#/story/velmora-strike?section=actors`);
      await page.locator('.actor-graph .node').first().waitFor();
      await expect(page.locator('.actor-graph .node').count()).resolves.toBe(4);
      await expect(page.locator('.actor-graph .edge').count()).resolves.toBe(2);
      expect(await overlappingLabels(page, '.actor-graph text')).toEqual([]);
      // Names stay legible: the drawing scrolls in its box on a phone instead of shrinking.
      const fontPx = await page.locator('.actor-graph .node-label').first().evaluate((el) => el.getBoundingClientRect().height);
      expect(fontPx).toBeGreaterThanOrEqual(11);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.locator('#actors').screenshot({ path: join(SCREENSHOTS, `actors-${size.width}.png`) });
    });

    it(`says why the graph and the map are empty at ${size.width} px`, async () => {
      await page.setViewportSize(size);
      await page.goto(`${base}/#/story/bare-story`);
      await page.locator('#actors .empty').waitFor();
      await expect(page.locator('#actors .empty').textContent()).resolves.toBe('No claim in this story names both who acted and on whom.');
      await page.waitForFunction(() => !/Loading the map/.test(document.getElementById('places')?.textContent ?? ''));
      await expect(page.locator('#places .empty').textContent()).resolves.toBe('No place in this story could be located (no unambiguous gazetteer match): Brackwater Flats.');
      await expect(page.locator('#places svg').count()).resolves.toBe(0);
      await page.locator('#actors').screenshot({ path: join(SCREENSHOTS, `actors-empty-${size.width}.png`) });
    });
  }
});
