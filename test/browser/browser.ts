import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test-results');
export const WEB_ROOT = join(process.cwd(), 'dist', 'web');

/** What the browser tests lack to run, or null (test/support/requires.ts decides: skip, or fail under CI). */
export const BROWSER_SKIP_REASON = existsSync(CHROMIUM) ? null : `${CHROMIUM} is absent (apt-get install -y chromium)`;

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The tests run against the built bundle, as users get it. It is rebuilt only when the sources
 * are newer, and under a lock: test files run in parallel and must not empty dist/web under each other.
 */
export async function ensureWebBuild(): Promise<void> {
  const index = join(WEB_ROOT, 'index.html');
  const web = join(process.cwd(), 'web');
  const fresh = () => existsSync(index) && statSync(index).mtimeMs >= Math.max(newestMtime(join(web, 'src')), statSync(join(web, 'index.html')).mtimeMs);
  const lock = join(process.cwd(), 'dist', '.web-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; waited < 120_000; waited += 200) {
    if (fresh()) return;
    try {
      mkdirSync(lock);
    } catch {
      // A lock left by a killed run is stale after a minute: a build takes seconds.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      if (!fresh()) execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return;
  }
  throw new Error('timed out waiting for another web build');
}

/** A server over the hand-written fixture dossier, and Chromium: what the UI suites start from. */
export interface FixtureUi {
  store: import('../../src/store/index.js').Store;
  app: import('fastify').FastifyInstance;
  browser: Browser;
  base: string;
  docs: import('../../src/model/document.js').Document[];
  close(): Promise<void>;
}

/**
 * The fixture store behind the real server and web UI; `server` adds server options (a token,
 * say); `seed` stores something else than the fixture dossier.
 */
export async function startFixtureUi(
  server: { token?: string; requireToken?: boolean } = {},
  seed?: (store: FixtureUi['store']) => Promise<FixtureUi['docs']>,
): Promise<FixtureUi> {
  const [{ createServer }, { openStore }, { stubAnalyzer }, { seedFixtures }] = await Promise.all([
    import('../../src/server/index.js'), import('../../src/store/index.js'), import('../api/stub-analyzer.js'), import('./seed.js')]);
  await ensureWebBuild();
  const store = await openStore({ url: null, dir: null });
  const docs = await (seed ?? seedFixtures)(store);
  const app = createServer(store, { analyzer: stubAnalyzer, webRoot: WEB_ROOT, ...server });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launch();
  return {
    store, app, browser, base, docs,
    async close() {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}
