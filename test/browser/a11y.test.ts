import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BROWSER_SKIP_REASON, SCREENSHOTS, startFixtureUi, type FixtureUi } from './browser.js';
import { describeRequiring } from '../support/requires.js';

// axe-core runs inside the page from the installed package: no network.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [{ name: 'desktop', width: 1280, height: 900 }, { name: 'phone', width: 390, height: 844 }];

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

async function seriousViolations(page: Page): Promise<string[]> {
  // Folded panels and conflicts are checked open too: their content is part of the page.
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    for (const b of document.querySelectorAll<HTMLButtonElement>('.conflict-head[aria-expanded=false]')) b.click();
  });
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // WCAG 2.1 A and AA, plus the 2.2 AA target size (24 x 24 px).
    const res = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return res.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describeRequiring(BROWSER_SKIP_REASON)('accessibility and phone layout on every route (headless Chromium, axe-core)', () => {
  let ui: FixtureUi;
  let context: BrowserContext;
  let base = '';
  let routes: { name: string; hash: string; ready: string; title: RegExp }[] = [];

  beforeAll(async () => {
    ui = await startFixtureUi();
    base = ui.base;
    // The page's CSP allows only its own scripts; the test's injected axe-core needs the bypass.
    context = await ui.browser.newContext({ bypassCSP: true });
    routes = [
      { name: 'stories', hash: '#/', ready: 'tr.story-row', title: /^Stories · Triangulate$/ },
      { name: 'story', hash: '#/story/velmora-strike', ready: '#claims table', title: /^Velmora harbour closed by dock strike · Triangulate$/ },
      { name: 'source', hash: `#/doc/${ui.docs[0].id}`, ready: '.article-text', title: /^Harbour of Velmora closed as dock strike spreads · Source · Triangulate$/ },
      { name: 'entity', hash: '#/entity/e-marrow', ready: '.mentions', title: /^Ilsa Marrow · Entity · Triangulate$/ },
      { name: 'search', hash: '#/search?q=Velmora', ready: 'h1', title: /^Search: Velmora · Triangulate$/ },
    ];
  });
  afterAll(async () => { await ui?.close(); });

  for (const size of WIDTHS) {
    it(`has no serious or critical axe violation, a title per route, and no sideways scroll at ${size.width} px`, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const r of routes) {
        await page.goto(`${base}/${r.hash}`);
        await page.locator(r.ready).first().waitFor();
        await page.waitForFunction(() => !document.querySelector('.view.loading'));
        await expect(page.title(), r.name).resolves.toMatch(r.title);
        expect(await seriousViolations(page), `${r.name} at ${size.width} px`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${r.name} scrolls sideways at ${size.width} px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SCREENSHOTS, `a11y-${r.name}-${size.width}.png`), fullPage: true });
      }
      await page.close();
    });
  }

  it('keeps the story page to few tab stops, and tap targets at least 24 px on a phone', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/#/story/velmora-strike`);
    await page.locator('#claims table').waitFor();
    // Radio buttons of one group are one tab stop, as the browser tabs through them.
    const stops = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility())
      .filter((el, i, all) => !(el instanceof HTMLInputElement && el.type === 'radio' && all.slice(0, i).some((x) => x instanceof HTMLInputElement && x.type === 'radio' && x.name === el.name)))
      .map((el) => el.outerHTML.slice(0, 60)));
    // A fixed budget: panels with many items (claims, dates, actors, places, conflicts) are one stop each,
    // so the count does not grow with the story (the issue measured 157 on a real one).
    expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(32);
    // The claims matrix is one tab stop; the arrow keys walk its cells, row by row.
    await expect(page.locator('#claims td.cell a[tabindex="0"]').count()).resolves.toBe(1);
    await page.locator('#claims td.cell a[tabindex="0"]').focus();
    const rowBefore = await page.evaluate(() => document.activeElement?.closest('tr')?.id);
    await page.keyboard.press('ArrowDown');
    const rowAfter = await page.evaluate(() => document.activeElement?.closest('tr')?.id);
    expect(rowAfter).toBeTruthy();
    expect(rowAfter).not.toBe(rowBefore);
    await expect(page.locator('#claims td.cell a[tabindex="0"]').count()).resolves.toBe(1);
    const small = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('main a[href], main button, main input, main summary, header a, header input')]
      .filter((el) => el.checkVisibility() && !el.closest('.article-text, p, li, td:not(.cell), svg'))
      // A control inside its label is hit anywhere on the label.
      .map((el) => ({ el: el.outerHTML.slice(0, 80), r: (el.closest('label') ?? el).getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24).map(({ el }) => el));
    expect(small).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'a11y-story-tabstops-390.png'), fullPage: true });
    await page.close();
  });
  // Last: an upload re-analyses the corpus with the stub analyzer, which replaces the fixture story.
  it('offers a skip link, a small live region (not <main>), labelled upload fields and a file picker', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/#/`);
    await page.locator('tr.story-row').waitFor();
    await expect(page.locator('main[aria-live]').count()).resolves.toBe(0);
    await expect(page.locator('[aria-live]').count()).resolves.toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    const first = page.locator(':focus');
    await expect(first.textContent()).resolves.toMatch(/skip to content/i);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('app');
    // Every upload field has a label of its own (not only a placeholder).
    const unlabelled = await page.locator('#upload input, #upload textarea').evaluateAll((els) =>
      els.filter((el) => !(el as HTMLInputElement).labels?.length).map((el) => (el as HTMLInputElement).name));
    expect(unlabelled).toEqual([]);
    const picker = page.locator('#upload input[type=file]');
    await expect(picker.count()).resolves.toBe(1);
    await picker.setInputFiles({ name: 'picked.txt', mimeType: 'text/plain', buffer: Buffer.from('Harbour clerk Anke Roos counted the returning ships in Velmora.') });
    // The server answers 202: the article is queued, then followed to its story.
    await page.waitForFunction(() => /queued|already stored/.test(document.querySelector('.upload-status')?.textContent ?? ''));
    await page.close();
  });

});
