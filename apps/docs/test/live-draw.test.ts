import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { digitStrokes, type Stroke } from './support/digit-strokes';
import { useSiteSession } from './support/site-session';

const site = useSiteSession();

/** Draws a stroke through `points` (fractions of the canvas) with the mouse, as a visitor would. */
async function stroke(page: Page, points: Stroke): Promise<void> {
  const canvas = page.locator('.draw-digit canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const at = ([x, y]: readonly [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(points[0]!));
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...at(point), { steps: 4 });
  await page.mouse.up();
}

/** The prediction and the probabilities the page shows, once they are there. */
async function readPrediction(page: Page): Promise<{ predicted: number; probabilities: number[] }> {
  // The last stroke's classification, not one started mid-stroke: wait until none is running.
  await page.locator('.draw-digit[data-busy="false"]:not([data-prediction=""])').waitFor({ timeout: 30_000 });
  const predicted = Number(await page.locator('.draw-digit').getAttribute('data-prediction'));
  const probabilities = (await page.locator('.bars .value').allInnerTexts()).map(
    (text) => Number.parseFloat(text) / 100,
  );
  return { predicted, probabilities };
}

describe('draw-a-digit example', () => {
  it('trains its model in the page, then classifies drawings with class probabilities', {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await site.open('/live/draw.html');
    await page.locator('.draw-digit[data-state="ready"]').waitFor({ timeout: 150_000 });
    // The page's own choice under SwiftShader: wasm (forced WebGL is tested on the XOR page).
    expect(await page.locator('[data-testid="backend"]').getAttribute('data-backend')).toBe('wasm');

    for (const line of digitStrokes[0]!) await stroke(page, line);
    const first = await readPrediction(page);
    expect(first.probabilities).toHaveLength(10);
    expect(first.probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 2);
    expect(first.probabilities[first.predicted]).toBe(Math.max(...first.probabilities));
    // The 8x8 preview shows ink.
    const inked = await page
      .locator('.pixels span')
      .evaluateAll(
        (cells) => cells.filter((cell) => !/, 0\.000\)$/.test((cell as HTMLElement).style.background)).length,
      );
    expect(inked).toBeGreaterThan(8);
    site.keepScreenshot('live-draw-zero', await page.locator('.draw-digit').screenshot());

    // Plain strokes that any reader would take for each digit, drawn with the mouse: the page prepares
    // them as the training digits were made (extent, aspect, centre, stroke thickness), so at least nine
    // of the ten are read right.
    const predictions = [first.predicted];
    for (const strokes of digitStrokes.slice(1)) {
      await page.getByRole('button', { name: 'Clear' }).click();
      await expect(page.locator('.draw-digit').getAttribute('data-prediction')).resolves.toBe('');
      for (const line of strokes) await stroke(page, line);
      predictions.push((await readPrediction(page)).predicted);
    }
    const right = predictions.filter((predicted, digit) => predicted === digit).length;
    expect(right, `read as ${predictions.join(', ')}`).toBeGreaterThanOrEqual(9);
    // The plain vertical stroke is a one.
    expect(predictions[1]).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
