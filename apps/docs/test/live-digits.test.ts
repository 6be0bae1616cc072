import { describe, expect, it } from 'vitest';
import { useSiteSession } from './support/site-session';

const site = useSiteSession();

describe('live digits example', () => {
  // The perceptron, the page's default; the one-stage CNN trains in the draw-a-digit test.
  it('trains in the page with live curves, then shows the confusion matrix and report', {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await site.open('/live/digits.html');
    const example = page.locator('.live-digits');
    await page.locator('.live-digits[data-state="ready"]').waitFor({ timeout: 60_000 });
    // SwiftShader renders WebGL on the CPU here, so the page chooses wasm with the fused engine.
    expect(await page.locator('[data-testid="backend"]').getAttribute('data-backend')).toBe('wasm');
    expect(await example.locator('select').inputValue()).toBe('perceptron');
    await example.locator('input[type="number"]').fill('3');
    await example.getByRole('button', { name: 'Train' }).click();
    await page.locator('.live-digits[data-state="done"]').waitFor({ timeout: 150_000 });

    // Two curves per chart, three epochs each: a path with three points.
    const paths = await example
      .locator('.line-chart path')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('d') ?? ''));
    expect(paths).toHaveLength(4);
    for (const d of paths) expect(d.match(/[ML]/g)).toHaveLength(3);

    const matrix = await example
      .locator('[data-testid="confusion-matrix"] tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => Number(cell.textContent))),
      );
    expect(matrix).toHaveLength(10);
    for (const row of matrix) expect(row).toHaveLength(10);
    // The stratified 20% test split of the 1,797 digits: 360 digits, 35 to 37 of each class.
    expect(matrix.flat().reduce((sum, count) => sum + count, 0)).toBe(360);
    for (const row of matrix) expect(row.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(35);

    const report = (await example.locator('[data-testid="classification-report"]').textContent()) ?? '';
    const accuracy = Number(await example.getAttribute('data-accuracy'));
    const diagonal = matrix.reduce((sum, row, i) => sum + row[i]!, 0);
    expect(accuracy).toBeCloseTo(diagonal / 360, 10);
    // scikit-learn's layout: the accuracy line carries the same figure, to two decimals, and the support.
    const accuracyLine = report.match(/^\s*accuracy\s+(\d\.\d\d)\s+360$/m);
    expect(accuracyLine).not.toBeNull();
    expect(Math.abs(Number(accuracyLine![1]) - accuracy)).toBeLessThanOrEqual(0.005);
    expect(report).toContain('macro avg');
    // Three epochs take the perceptron far past chance (0.1).
    expect(accuracy).toBeGreaterThan(0.5);
    site.keepScreenshot('live-digits', await example.screenshot());
    expect(errors).toEqual([]);
    await page.close();
  });
});
