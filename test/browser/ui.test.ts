import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { stubAnalyzer } from '../api/stub-analyzer.js';
import { BROWSER_SKIP_REASON, SCREENSHOTS, WEB_ROOT, ensureWebBuild, launch } from './browser.js';
import { seedFixtures } from './seed.js';
import { TIME_CODE } from '../../src/report/human-date.js';
import { describeRequiring } from '../support/requires.js';


describeRequiring(BROWSER_SKIP_REASON)('web UI over a known dossier (headless Chromium)', () => {
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    store = await openStore({ url: null, dir: null });
    await seedFixtures(store);
    app = createServer(store, { analyzer: stubAnalyzer, webRoot: WEB_ROOT, worker: true });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('lists stories with dates, independent publishers and conflicts', async () => {
    await page.goto(`${base}/`);
    const row = page.locator('tr.story-row');
    await row.first().waitFor();
    await expect(row.count()).resolves.toBe(1);
    const cells = await row.first().locator('td').allTextContents();
    expect(cells).toEqual(['Velmora harbour closed by dock strike', '2025-03-03 – 2025-03-04', '3', '3', '4', '2']);
    await page.screenshot({ path: join(SCREENSHOTS, 'stories.png'), fullPage: true });
  });

  it('opens a story; a clicked conflict shows both sentences highlighted side by side', async () => {
    await page.click('text=Velmora harbour closed by dock strike');
    await page.locator('#conflicts .conflict').first().waitFor();
    const conflict = page.locator('.conflict[data-conflict="k-ships"]');
    await expect(conflict.locator('mark.sentence').count()).resolves.toBe(0);
    await conflict.locator('button').click();
    await expect(conflict.evaluate((el) => el.classList.contains('active'))).resolves.toBe(true);
    // Both sides, each with its sentence and the disputed words marked, once the sources load.
    await page.waitForFunction(() => document.querySelectorAll('.conflict.active mark.evidence').length === 2);
    const marked = await conflict.locator('mark.evidence').allTextContents();
    expect(marked).toEqual(['12 cargo ships', 'nine cargo ships']);
    const sentences = await conflict.locator('mark.sentence').allTextContents();
    expect(sentences[0]).toContain('leaving 12 cargo ships waiting offshore');
    expect(sentences[1]).toContain('nine cargo ships were left waiting offshore');
    await expect(conflict.locator('.side').count()).resolves.toBe(2);
    await expect(conflict.locator('.evidence-context .context').first().textContent()).resolves.toBeTruthy();
    await conflict.screenshot({ path: join(SCREENSHOTS, 'conflict.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'story.png'), fullPage: true });
  });

  it('shows an update in its own panel, not among the conflicts, each side with its publication time', async () => {
    const update = page.locator('#divergences .conflict[data-conflict="u-ships"]');
    await update.waitFor();
    await expect(page.locator('#conflicts .conflict[data-conflict="u-ships"]').count()).resolves.toBe(0);
    await update.locator('button').click();
    await page.waitForFunction(() => document.querySelectorAll('#divergences .conflict.active .side').length === 2);
    const times = await update.locator('.side .published').allTextContents();
    expect(times.join(' ')).toMatch(/2025-03-03.*2025-03-04/);
  });

  it('draws the claims matrix, the timeline with bands, the actor graph, the map and the entities', async () => {
    await expect(page.locator('#claim-c-ships td.cell.has.status-conflicting').count()).resolves.toBe(2);
    await expect(page.locator('#claim-c-vote td.cell.has').count()).resolves.toBe(1);
    await expect(page.locator('#claim-c-closed td.status').textContent()).resolves.toBe('corroborated');
    // Dissent is marked only where it is: the disputed claim's publishers carry ✖ or ≠, a corroborated claim's all confirm.
    await expect(page.locator('#claim-c-ships td.cell.has.dissent').count()).resolves.toBeGreaterThan(0);
    expect(new Set(await page.locator('#claim-c-inspection td.cell.has a').allTextContents())).toEqual(new Set(['✔']));
    expect(new Set(await page.locator('#claim-c-closed td.cell.has a').allTextContents())).toEqual(new Set(['≠']));
    await expect(page.locator('.timeline .entry.is-band[data-granularity="month"] rect').count()).resolves.toBe(1);
    await expect(page.locator('.timeline .entry.is-point circle').count()).resolves.toBe(2);
    const band = await page.locator('.timeline .entry[data-granularity="month"] rect').getAttribute('width');
    expect(Number(band)).toBeGreaterThan(20);
    // The union's accusation rests on no aligned claim: only the two aligned actions are drawn.
    await expect(page.locator('.actor-graph .node').count()).resolves.toBe(4);
    await page.locator('.map .country').first().waitFor();
    await expect(page.locator('.map .country.named').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.map .place').count()).resolves.toBe(1);
    await expect(page.locator('#entities').textContent()).resolves.toContain('also: Marrow');
    await page.locator('#places').screenshot({ path: join(SCREENSHOTS, 'map.png') });
    await page.locator('#timeline').screenshot({ path: join(SCREENSHOTS, 'timeline.png') });
  });

  it('says timeline dates in words, zooms to the dense period and marks the disputed date', async () => {
    const timeline = page.locator('#timeline');
    const text = (await timeline.textContent()) ?? '';
    expect(text.match(TIME_CODE)?.[0] ?? null).toBeNull();
    expect(text).toContain('weekend of 8 March 2025');
    expect(text).toContain('week of 24 February 2025');
    await expect(page.locator('#timeline .timeline-folded').textContent()).resolves.toBe('Earlier, folded: the 1970s');
    await expect(page.locator('#timeline .entry').count()).resolves.toBe(5);
    await expect(page.locator('#timeline .entry.is-disputed').count()).resolves.toBe(1);
    await expect(page.locator('#timeline .entry.is-disputed text').textContent()).resolves.toContain('⚠ 3 March 2025');
    await page.locator('#timeline button.timeline-zoom').click();
    await expect(page.locator('#timeline .entry').count()).resolves.toBe(6);
    await expect(page.locator('#timeline .timeline-folded').count()).resolves.toBe(0);
    expect(((await timeline.textContent()) ?? '').match(TIME_CODE)?.[0] ?? null).toBeNull();
    await page.locator('#timeline button.timeline-zoom').click();
    await timeline.screenshot({ path: join(SCREENSHOTS, 'timeline-zoomed.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    const fontPx = await page.locator('#timeline svg text').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(fontPx).toBeGreaterThan(8);
    await timeline.screenshot({ path: join(SCREENSHOTS, 'timeline-390.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('opens a source with its debris greyed and its marks linked', async () => {
    await page.locator('#sources summary').click();
    await page.locator('#sources a', { hasText: 'Harbour of Velmora closed' }).click();
    await page.locator('.article-text').waitFor();
    const debris = await page.locator('.article-text .debris').allTextContents();
    expect(debris).toEqual(['Advert.', 'Advert.', 'Follow us on all social media for the latest updates.', 'Leave a comment']);
    const color = await page.locator('.article-text .debris').first().evaluate((el) => getComputedStyle(el).color);
    expect(color).toBe('rgb(101, 107, 119)');
    await expect(page.locator('.article-text .m-time').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'source.png'), fullPage: true });
    // A claim's evidence sentence leads to the claim in its story's matrix.
    const claimLink = page.locator('.article-text a.m-claim', { hasText: 'harbour authority of' });
    await expect(claimLink.getAttribute('href')).resolves.toMatch(/^#\/story\/velmora-strike\?claim=c-(closed|ships)$/);
    await page.locator('.article-text a.m-entity', { hasText: 'Ilsa Marrow' }).first().click();
    await page.locator('h1', { hasText: 'Ilsa Marrow' }).waitFor();
    expect(page.url()).toContain('#/entity/e-marrow');
    await expect(page.locator('.mentions li').count()).resolves.toBeGreaterThan(2);
  });

  it('renders the XSS article as text: no script runs, no element is injected', async () => {
    await page.goto(`${base}/#/`);
    await page.locator('tr.story-row').first().waitFor();
    const id = (await store.listDocuments()).find((d) => d.source === '03-xss-payload.txt')!.id;
    await page.goto(`${base}/#/doc/${id}`);
    await page.locator('.article-text').waitFor();
    const text = await page.locator('.article-text').textContent();
    expect(text).toContain('<script>window.__pwned = true</script>');
    expect(text).toContain(`onerror="document.title='pwned'"`);
    await expect(page.locator('h1').textContent()).resolves.toContain('<script>');
    await expect(page.locator('main script, main img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false)).resolves.toBe(false);
    // The title names the article as text: the payload's own title change never ran.
    await expect(page.title()).resolves.toMatch(/^Council <script>.* · Source · Triangulate$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'xss.png'), fullPage: true });
  });

  it('adds a pasted article through the form', async () => {
    await page.goto(`${base}/#/`);
    await page.locator('#upload textarea').fill('Harbour pilot Ines Varga <img src=x onerror=alert(1)> guided the first ship back into Velmora.');
    await page.locator('#upload input[name=title]').fill('First ship returns <b>to</b> Velmora');
    await page.locator('#upload button').click();
    // Queued, then followed by its status line until it is in its story.
    await page.waitForFunction(() => /: in /.test(document.querySelector('.upload-status')?.textContent ?? ''));
    await expect(page.locator('.upload-status li a').count()).resolves.toBe(1);
    expect((await store.counts()).documents).toBe(4);
    await expect(page.locator('main img').count()).resolves.toBe(0);
  });

  it('adds articles dropped as files', async () => {
    await page.goto(`${base}/#/`);
    await page.locator('#upload').waitFor();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Harbour clerk Anke Roos counted the returning ships in Velmora.'], 'dropped.txt', { type: 'text/plain' }));
      dt.items.add(new File([JSON.stringify([{ title: 'Cranes inspected', text: 'Inspectors cleared the cranes of Velmora on Friday.' }])], 'batch.json', { type: 'application/json' }));
      document.getElementById('upload')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => (document.querySelector('.upload-status')?.textContent ?? '').split(': in ').length === 3);
    expect((await store.counts()).documents).toBe(6);
  });

  it('raised no script errors', () => {
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
