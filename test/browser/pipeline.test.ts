import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ingestDocuments } from '../../src/store/incremental.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { defaultAnalyzer } from '../../src/pipeline/default-analyzer.js';
import { BROWSER_SKIP_REASON, SCREENSHOTS, WEB_ROOT, ensureWebBuild, launch } from './browser.js';
import { FIXTURES } from './seed.js';
import { describeRequiring } from '../support/requires.js';

const EXAMPLES = join(process.cwd(), 'examples');
const hasExamples = existsSync(EXAMPLES) && readdirSync(EXAMPLES).some((f) => !f.startsWith('.') && !/^readme/i.test(f));
const CORPUS = hasExamples ? EXAMPLES : FIXTURES;
if (!BROWSER_SKIP_REASON) console.log(`browser test over the real pipeline reads ${CORPUS}${hasExamples ? '' : ' (examples/ is empty)'}`);

describeRequiring(BROWSER_SKIP_REASON)('web UI over the pipeline\'s own analysis of a corpus (headless Chromium)', () => {
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base = '';

  beforeAll(async () => {
    await ensureWebBuild();
    store = await openStore({ url: null, dir: null });
    const { documents } = await ingestPaths([CORPUS]);
    await ingestDocuments(store, defaultAnalyzer, documents);
    app = createServer(store, { analyzer: defaultAnalyzer, webRoot: WEB_ROOT });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('opens the story with conflicts, clicks one and sees both sentences highlighted', async () => {
    const stories = await store.listStories();
    const story = [...stories].sort((a, b) => b.conflicts - a.conflicts)[0];
    expect(story?.conflicts).toBeGreaterThan(0);
    await page.goto(`${base}/`);
    await page.locator('tr.story-row a', { hasText: story.title }).first().click();
    const conflict = page.locator('#conflicts .conflict').first();
    await conflict.waitFor();
    await conflict.locator('button').click();
    await page.waitForFunction(() => (document.querySelector('.conflict.active')?.querySelectorAll('mark.evidence').length ?? 0) >= 2);
    const sides = await conflict.locator('.side mark.sentence').allTextContents();
    expect(sides.length).toBeGreaterThanOrEqual(2);
    expect(sides.every((s) => s.trim().length > 10)).toBe(true);
    await conflict.screenshot({ path: join(SCREENSHOTS, 'pipeline-conflict.png') });
    await page.locator('#actors').screenshot({ path: join(SCREENSHOTS, 'pipeline-actors.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'pipeline-story.png'), fullPage: true });
  });

  it('opens a source and sees its debris marked', async () => {
    const dossier = (await Promise.all((await store.listStories()).map((s) => store.getStoryDossier(s.id)))).flatMap((d) => d!.documents);
    const withDebris = dossier.find((d) => d.spans.some((s) => s.kind === 'boilerplate'));
    expect(withDebris).toBeDefined();
    const debris = withDebris!.spans.filter((s) => s.kind === 'boilerplate');
    await page.goto(`${base}/#/doc/${withDebris!.id}`);
    await page.locator('.article-text').waitFor();
    const marked = (await page.locator('.article-text .debris').allTextContents()).join('');
    for (const d of debris) expect(marked).toContain(d.text.trim());
    await page.screenshot({ path: join(SCREENSHOTS, 'pipeline-source.png'), fullPage: true });
  });
});
