import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dossier, DossierStory } from '../../src/model/dossier.js';
import { annotatedDocument, dossierOf } from '../store/fixtures.js';
import { BROWSER_SKIP_REASON, startFixtureUi, type FixtureUi } from './browser.js';
import { describeRequiring } from '../support/requires.js';

/** More stories naming one person than the API answers in one page (50), one document each. */
const STORIES = 53;

function manyStories(): Dossier {
  const docs = Array.from({ length: STORIES }, (_, i) => annotatedDocument(
    `Ilsa Marrow inspected quay ${i + 1} of Velmora.`, { title: `Quay ${i + 1} inspected`, outlet: 'Coast Herald', published: `2031-03-${String(1 + (i % 28)).padStart(2, '0')}` }));
  const base = dossierOf(docs);
  const stories = docs.map((d, i): DossierStory => ({
    ...base.stories[0],
    id: `quay-${String(i + 1).padStart(2, '0')}`,
    title: `Quay ${i + 1} inspected`,
    documents: [d.id],
    publishers: [{ id: 'p0', name: 'Coast Herald', original: d.id, copies: [] }],
    entities: [{ id: 'e-marrow', type: 'PER', name: 'Ilsa Marrow', aliases: ['Ilsa Marrow'], roles: [], mentions: [{ document: d.id, start: 0, end: 11, text: 'Ilsa Marrow' }] }],
    claims: [], conflicts: [],
  }));
  return { ...base, stories };
}

describeRequiring(BROWSER_SKIP_REASON)('an entity many stories name (headless Chromium)', () => {
  let ui: FixtureUi;
  let page: Page;

  beforeAll(async () => {
    ui = await startFixtureUi({}, async (store) => {
      const dossier = manyStories();
      await store.saveAnalysis(dossier);
      return [];
    });
    page = await ui.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => { await ui?.close(); });

  it('shows the first page of its stories and loads the rest on request', async () => {
    await page.goto(`${ui.base}/#/entity/e-marrow`);
    await page.locator('h1', { hasText: 'Ilsa Marrow' }).waitFor();
    await expect(page.locator('.mentions li').count()).resolves.toBe(50);
    const more = page.locator('button.entity-more');
    await expect(more.textContent()).resolves.toContain(`50 of ${STORIES}`);
    await more.click();
    await page.locator('.mentions li').nth(STORIES - 1).waitFor();
    await expect(page.locator('.mentions li').count()).resolves.toBe(STORIES);
    await expect(page.locator('button.entity-more').count()).resolves.toBe(0);
  });
});
