import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLab } from '../src/recipes/labs';
import { renderSvg } from '../src/report/render-chart';
import { runCharts } from '../src/report/run-charts';
import { setupCliBackend } from '../src/training/cli-backends';
import { trainRecipe } from '../src/training/train-recipe';
import { launchChromium } from '../test-support/chromium';
import { removeTemporaryFolders, runBin, temporaryFolder } from '../test-support/run-bin';
import { measureSvgText } from '../test-support/text-layout';

afterAll(removeTemporaryFolders);

/**
 * Real runs over every kind of class name: the digits (one character), XOR (two classes, a decision
 * boundary) and Fashion-MNIST (names up to 11 characters, from Debian's dataset-fashion-mnist, one epoch
 * so its axis shows a single epoch).
 */
const runs = [
  { name: 'digits', args: [] },
  { name: 'xor', args: ['lab', 'xor'] },
  {
    name: 'fashion-mnist',
    args: ['train', '--model', 'mlp', '--dataset', 'fashion-mnist', '--epochs', '1', '--offline'],
  },
] as const;

/** Invented class names longer than any axis has room for. */
const longNames = Array.from(
  { length: 10 },
  (_, digit) =>
    `${['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][digit]} (an invented class name this long)`,
);

/** Set REPORT_SCREENSHOTS to a folder to keep a screenshot of every chart and report page there. */
const screenshots = process.env.REPORT_SCREENSHOTS;

describe('reports in Chromium', () => {
  const cwd = temporaryFolder();
  const folders = new Map<string, string>();
  const longNameSvgs = new Map<string, string>();
  let browser: Browser;
  let page: Page;

  // Three CLI runs and one in-process training: seconds on an idle machine, minutes on a loaded one.
  beforeAll(async () => {
    for (const run of runs) {
      const result = await runBin([...run.args, '--out', run.name], { cwd });
      if (result.code !== 0) throw new Error(`digitlab ${run.args.join(' ')} failed:\n${result.stderr}`);
      folders.set(run.name, join(cwd, run.name));
    }
    // A real run of the digits with its class names replaced: the charts must make room or abbreviate.
    await setupCliBackend('cpu');
    const before = tf.memory().numTensors;
    const trained = await trainRecipe({ ...findLab('digits-cnn'), epochs: 2 }, { backend: 'cpu' });
    try {
      const renamed = { ...trained, data: { ...trained.data, classNames: longNames } };
      for (const chart of runCharts(renamed)) longNameSvgs.set(chart.name, await renderSvg(chart.spec));
    } finally {
      trained.model.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  const keep = async (name: string) => {
    if (screenshots === undefined) return;
    mkdirSync(screenshots, { recursive: true });
    writeFileSync(join(screenshots, `${name}.png`), await page.screenshot({ fullPage: true }));
  };

  it('draws every chart of every run with no two texts overlapping and none clipped', async () => {
    const problems: string[] = [];
    let charts = 0;
    for (const [run, folder] of folders) {
      for (const file of readdirSync(join(folder, 'charts')).filter((name) => name.endsWith('.svg'))) {
        const measured = await measureSvgText(page, readFileSync(join(folder, 'charts', file), 'utf8'));
        await keep(`${run}-${file.replace('.svg', '')}`);
        charts++;
        expect(measured.boxes.length).toBeGreaterThan(3);
        for (const problem of [...measured.overlaps, ...measured.clipped.map((text) => `'${text}' clipped`)])
          problems.push(`${run}/${file}: ${problem}`);
      }
    }
    // digits: 5 charts, XOR: 4 (no images, a decision boundary), Fashion-MNIST: 5.
    expect(charts).toBe(14);
    expect(problems).toEqual([]);
  });

  it('abbreviates names too long for any axis, and nothing overlaps', async () => {
    const problems: string[] = [];
    const abbreviated = new Set<string>();
    for (const [name, svg] of longNameSvgs) {
      const measured = await measureSvgText(page, svg);
      await keep(`long-names-${name}`);
      problems.push(...measured.overlaps.map((overlap) => `${name}: ${overlap}`));
      for (const text of measured.clipped) {
        // An ellipsis is allowed here, after the start of one of the names; nothing may leave the chart.
        const prefix = text.slice(0, -1);
        if (text.endsWith('…') && longNames.some((long) => long.includes(prefix))) abbreviated.add(name);
        else problems.push(`${name}: '${text}' clipped`);
      }
    }
    expect([...longNameSvgs.keys()]).toEqual(
      expect.arrayContaining(['confusion-matrix', 'worst-errors', 'predictions', 'class-distribution']),
    );
    expect(problems).toEqual([]);
    expect([...abbreviated].sort()).toEqual(['class-distribution', 'confusion-matrix']);
  });

  it('sizes each chart to its card in report.html', async () => {
    for (const [run, folder] of folders) {
      await page.goto(pathToFileURL(join(folder, 'report.html')).href);
      const figures = await page.locator('section figure img').evaluateAll((images) =>
        images.map((image) => {
          const card = image.closest('section')!;
          const style = getComputedStyle(card);
          const inner =
            card.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
          const img = image as HTMLImageElement;
          return { id: card.id, shown: img.getBoundingClientRect().width, inner, natural: img.naturalWidth };
        }),
      );
      await keep(`${run}-report`);
      expect(figures.length).toBeGreaterThanOrEqual(4);
      for (const figure of figures) {
        // The chart fills its card's width, at its own size (no card wider than the chart it holds).
        expect(figure.shown / figure.inner, `${run} ${figure.id}`).toBeGreaterThan(0.98);
        expect(figure.shown / figure.natural, `${run} ${figure.id}`).toBeGreaterThan(0.98);
      }
    }
  });
});
