import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BROWSER_SKIP_REASON, SCREENSHOTS, startFixtureUi, type FixtureUi } from './browser.js';
import { describeRequiring } from '../support/requires.js';

describeRequiring(BROWSER_SKIP_REASON)('review workflow in the web UI (headless Chromium)', () => {
  let ui: FixtureUi;
  let page: Page;
  let base = '';
  const errors: string[] = [];

  beforeAll(async () => {
    ui = await startFixtureUi();
    base = ui.base;
    page = await ui.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => { await ui?.close(); });

  for (const size of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    it(`records a verdict with a note on a claim, lists it, and keeps it across a reload at ${size.width} px`, async () => {
      await page.setViewportSize(size);
      const claim = size.width > 400 ? 'c-ships' : 'c-vote';
      await page.goto(`${base}/#/story/velmora-strike?claim=${claim}`);
      const form = page.locator('#review-form');
      await form.waitFor();
      await expect(page.locator('#review-claim').inputValue()).resolves.toBe(claim);
      await page.waitForFunction(() => /No review of this claim yet/.test(document.querySelector('.reviews-list')?.textContent ?? ''));
      await form.getByLabel('Misleading').check();
      await form.getByLabel(/^Note/).fill('The port log lists 10 ships.');
      await form.getByLabel('Reviewer').fill('Ana Lind');
      await form.getByRole('button', { name: 'Record verdict' }).click();
      await page.waitForFunction(() => /Recorded: Misleading by Ana Lind/.test(document.querySelector('.review-status')?.textContent ?? ''));
      await page.waitForFunction(() => document.querySelectorAll('.reviews-list li.review').length === 1);
      await expect(page.locator('.reviews-list li.review').textContent()).resolves.toMatch(/^Misleading by Ana Lind, \d{4}-\d{2}-\d{2}: The port log lists 10 ships\.$/);
      await page.locator('#reviews').screenshot({ path: join(SCREENSHOTS, `reviews-${size.width}.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Stored, not kept in the page: a reload shows it, and the reviewer's name is remembered.
      await page.reload();
      await page.waitForFunction(() => document.querySelectorAll('.reviews-list li.review').length === 1);
      await expect(page.locator('#review-reviewer').inputValue()).resolves.toBe('Ana Lind');
    });
  }

  it('switching the claim shows that claim\'s reviews; the export link gives ClaimReview JSON-LD', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/#/story/velmora-strike`);
    await page.locator('#review-claim').selectOption('c-inspection');
    await page.waitForFunction(() => /No review of this claim yet/.test(document.querySelector('.reviews-list')?.textContent ?? ''));
    await page.locator('#review-claim').selectOption('c-ships');
    await page.waitForFunction(() => document.querySelectorAll('.reviews-list li.review').length === 1);
    const href = await page.locator('#reviews a.export').getAttribute('href');
    const exported = await page.evaluate(async (h) => (await fetch(h!)).json(), href);
    expect(exported).toHaveLength(2);
    expect(exported.map((r: { claimReviewed: string }) => r.claimReviewed).sort()).toEqual(['Cargo ships were left waiting offshore', 'The council voted to fund crane repairs']);
    expect(exported[0].reviewRating.alternateName).toBe('Misleading');
    expect(errors).toEqual([]);
  });

  it('exports with the tab\'s token where the server asks for one (a plain link could not send it)', async () => {
    const guarded = await startFixtureUi({ token: 's3cret', requireToken: true });
    try {
      const tab = await guarded.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      tab.on('pageerror', (e) => problems.push(e.message));
      tab.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      await tab.goto(`${guarded.base}/?token=s3cret#/story/velmora-strike`);
      await tab.locator('#reviews a.export').waitFor();
      const refused = await tab.evaluate(async (h) => (await fetch(h!)).status, await tab.locator('#reviews a.export').getAttribute('href'));
      expect(refused).toBe(401);
      // The file is handed over as a blob URL (headless Chromium here does not surface downloads): record the blob.
      await tab.evaluate(() => {
        const seen: Blob[] = [];
        (window as unknown as { exported: Blob[] }).exported = seen;
        const original = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (b: Blob | MediaSource) => { if (b instanceof Blob) seen.push(b); return original(b); };
      });
      await tab.locator('#reviews a.export').click();
      await tab.waitForFunction(() => (window as unknown as { exported: Blob[] }).exported.length === 1);
      const body = await tab.evaluate(() => (window as unknown as { exported: Blob[] }).exported[0].text());
      expect(Array.isArray(JSON.parse(body))).toBe(true);
      expect(problems.filter((p) => !/401/.test(p))).toEqual([]);
    } finally {
      await guarded.close();
    }
  });
});
