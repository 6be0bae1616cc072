import { existsSync } from 'node:fs';
import { type Browser, type ConsoleMessage, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (`apt install chromium`); never a browser downloaded by Playwright. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags the docs are tested with. SwiftShader gives headless Chromium a software WebGL on machines
 * without a GPU, so the live examples run on the same backend a visitor's browser would use.
 */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Starts Debian's Chromium headless; fails (never skips) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `The docs' browser tests need Debian's Chromium: apt-get install chromium (CI's .ci/run installs it), ` +
        `or set CHROMIUM_PATH. Received: no file at ${chromiumPath}`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}

/** Collects a page's console errors and uncaught exceptions, as text. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  return errors;
}
