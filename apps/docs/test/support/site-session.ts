import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { distDir, requireBuiltSite } from './built-site';
import { collectErrors, launchChromium } from './chromium';
import { type StaticServer, startStaticServer } from './static-server';

/** The built site served on 127.0.0.1 and one Chromium, for a test file's lifetime. */
export interface SiteSession {
  /**
   * Opens `path` in a new tab and waits until the Vue app has mounted; `errors` fills with the tab's console
   * errors and uncaught exceptions.
   */
  open(path: string): Promise<{ page: Page; errors: string[] }>;
  /** Writes a screenshot to apps/docs/test-output/ for a human to look at. */
  keepScreenshot(name: string, png: Buffer): void;
}

const screenshotDir = new URL('../../test-output/', import.meta.url);

/** Registers the hooks that serve the site and start Chromium around the calling test file. */
export function useSiteSession(): SiteSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireBuiltSite();
    server = await startStaticServer(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    async open(path) {
      const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = collectErrors(page);
      const response = await page.goto(server!.origin + path, { waitUntil: 'load' });
      if (response?.status() !== 200) errors.push(`HTTP ${response?.status()} for ${path}`);
      // VitePress hydrates the static HTML after \`load\`; errors thrown while mounting show up only then.
      await page.waitForFunction(
        () => (document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__ !== undefined,
      );
      return { page, errors };
    },
    keepScreenshot(name, png) {
      mkdirSync(screenshotDir, { recursive: true });
      writeFileSync(new URL(`${name}.png`, screenshotDir), png);
    },
  };
}
