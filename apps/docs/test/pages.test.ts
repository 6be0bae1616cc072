import { describe, expect, it } from 'vitest';
import { builtPages } from './support/built-site';
import { screenshotStats } from './support/screenshot-stats';
import { useSiteSession } from './support/site-session';

const site = useSiteSession();

describe('every built page', () => {
  it('finds the guides, the nine lab guides, the live examples and the API reference in the build', () => {
    const pages = builtPages();
    for (const path of ['/', '/guide/getting-started.html', '/guide/backends.html', '/live/draw.html']) {
      expect(pages).toContain(path);
    }
    expect(pages.filter((path) => path.startsWith('/labs/') && path !== '/labs/')).toHaveLength(9);
    // One reference page per package (TypeDoc's `modules` output), generated at build time.
    for (const name of ['spec', 'datasets', 'metrics', 'models', 'trainer', 'cli']) {
      expect(pages).toContain(`/api/@digitlab/${name}.html`);
    }
  });

  it('loads with no console errors and renders its content', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    // Three tabs at once: each page waits mostly on the renderer, not on this process.
    const queue = builtPages();
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const { page, errors } = await site.open(path);
        const text = (await page.locator('.VPContent').textContent()) ?? '';
        if (text.trim().length < 20) errors.push('no content rendered');
        await page.close();
        failures.push(...errors.map((error) => `${path}: ${error}`));
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(failures).toEqual([]);
  });
});

describe('screenshots', () => {
  const pages = [
    ['home', '/'],
    ['getting-started', '/guide/getting-started.html'],
    ['lab-fashion-mnist', '/labs/fashion-mnist.html'],
    ['api-trainer', '/api/@digitlab/trainer.html'],
  ] as const;

  for (const [name, path] of pages) {
    it(`${name} is not blank`, async () => {
      const { page, errors } = await site.open(path);
      const png = await page.screenshot({ fullPage: false });
      site.keepScreenshot(name, png);
      const stats = await screenshotStats(page, png);
      await page.close();
      expect(errors).toEqual([]);
      expect(stats.width).toBe(1280);
      expect(stats.colours).toBeGreaterThan(8);
      expect(stats.nonBackground).toBeGreaterThan(0.02);
    });
  }
});
