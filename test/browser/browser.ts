import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test-results');
export const WEB_ROOT = join(process.cwd(), 'dist', 'web');

export const BROWSER_SKIP_REASON = existsSync(CHROMIUM) ? null : `${CHROMIUM} is absent (apt-get install -y chromium): skipping the browser tests`;

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** The tests run against the built bundle, as users get it: build it when it is missing or stale. */
export function ensureWebBuild(): void {
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
}
