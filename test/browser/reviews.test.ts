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
});
