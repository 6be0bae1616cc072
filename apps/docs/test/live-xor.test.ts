import { describe, expect, it } from 'vitest';
import { recordFrameGaps } from './support/frame-gaps';
import { screenshotStats } from './support/screenshot-stats';
import { useSiteSession } from './support/site-session';

const site = useSiteSession();

describe('live XOR example', () => {
  it('trains the 2-6-2 MLP on WebGL when forced to, to at least 0.9 accuracy without freezing the page', {
    timeout: 180_000,
  }, async () => {
    // SwiftShader is a software renderer, so WebGL runs here only when the address forces it.
    const { page, errors } = await site.open('/live/xor.html?backend=webgl');
    const example = page.locator('.live-xor');
    await example.locator('[data-testid="backend"][data-backend]:not([data-backend=""])').waitFor();
    // tfjs' own answer, read from the page's module state through the note the page shows.
    expect(await example.getAttribute('data-state')).toBe('ready');
    const backend = await page.locator('[data-testid="backend"]').getAttribute('data-backend');
    expect(backend).toBe('webgl');
    const note = page.locator('[data-testid="backend"]');
    await expect(note.textContent()).resolves.toMatch(
      /on WebGL \(.*computing on CPU: .*SwiftShader.* emulates the GPU in software\) because the page asked for it \(\?backend=webgl\)/s,
    );
    expect(await note.getAttribute('data-device')).toBe('cpu');
    site.keepScreenshot('backend-note-forced-webgl', await note.screenshot());

    // WebGL compiles a shader the first time each kernel runs, which blocks for a moment in the first
    // epochs; from the third epoch on, training must leave the page painting.
    const stopRecording = await recordFrameGaps(page, {
      selector: '.live-xor',
      attribute: 'data-epoch',
      atLeast: 3,
    });
    const started = Date.now();
    await example.getByRole('button', { name: /^Train/ }).click();
    await page.locator('.live-xor[data-state="done"]').waitFor({ timeout: 150_000 });
    const seconds = (Date.now() - started) / 1000;
    const frames = await stopRecording();

    const accuracy = Number(await example.getAttribute('data-accuracy'));
    console.log(
      `XOR on ${backend}: accuracy ${accuracy} in ${seconds.toFixed(1)} s; ${frames.frames} frames, longest gap ${frames.longest.toFixed(0)} ms`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
    expect(await example.locator('path[d^="M"]').count()).toBeGreaterThanOrEqual(2);
    // A loop that never yields would paint nothing until the end (15–30 s here). The bounds leave room for
    // a loaded CI machine: they test that the page keeps painting, not how fast.
    expect(frames.seconds).toBeGreaterThan(1);
    expect(frames.frames).toBeGreaterThan(frames.seconds * 3);
    expect(frames.longest).toBeLessThan(3000);

    const png = await example.locator('canvas').screenshot();
    site.keepScreenshot('live-xor-boundary', png);
    const stats = await screenshotStats(page, png);
    // Both class colours fill the regions: far from a blank canvas.
    expect(stats.colours).toBeGreaterThan(8);
    expect(stats.nonBackground).toBeGreaterThan(0.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('chooses wasm by itself on a software WebGL, says why, and learns XOR', {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await site.open('/live/xor.html');
    const note = page.locator('[data-testid="backend"]');
    await page.locator('[data-testid="backend"][data-backend="wasm"]').waitFor();
    const text = (await note.textContent()) ?? '';
    expect(text).toMatch(
      /on WebAssembly \(wasm\).* because WebGL was passed over: it renders in software on the CPU \(.*SwiftShader.*\), slower than wasm with the fused engine/s,
    );
    expect(text).toContain("setupBackend('auto')");
    expect(await note.getAttribute('data-preference')).toBe('auto');
    await expect(note.locator('a').getAttribute('href')).resolves.toBe('?backend=webgl');
    site.keepScreenshot('backend-note-auto', await note.screenshot());
    await page.getByRole('button', { name: /^Train/ }).click();
    await page.locator('.live-xor[data-state="done"]').waitFor({ timeout: 150_000 });
    expect(Number(await page.locator('.live-xor').getAttribute('data-accuracy'))).toBeGreaterThanOrEqual(0.9);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes wasm when the address asks for it, and says so', { timeout: 60_000 }, async () => {
    const { page, errors } = await site.open('/live/xor.html?backend=wasm');
    const note = page.locator('[data-testid="backend"]');
    await page.locator('[data-testid="backend"][data-backend="wasm"]').waitFor();
    await expect(note.textContent()).resolves.toContain('because the page asked for it (?backend=wasm)');
    expect(errors).toEqual([]);
    await page.close();
  });
});
