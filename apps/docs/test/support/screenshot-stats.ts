import type { Page } from 'playwright-core';

/** How varied a screenshot is: a blank (single-colour) image has one colour and zero spread. */
export interface ScreenshotStats {
  readonly width: number;
  readonly height: number;
  /** Distinct colours among the sampled pixels (capped at 256). */
  readonly colours: number;
  /** Share of sampled pixels that differ from the most common colour. */
  readonly nonBackground: number;
}

/**
 * Decodes a PNG screenshot in the browser (no PNG decoder needed in Node) and measures how much of it is
 * not background, sampling every 4th pixel.
 */
export function screenshotStats(page: Page, png: Buffer): Promise<ScreenshotStats> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const counts = new Map<number, number>();
    let sampled = 0;
    for (let i = 0; i < data.length; i += 16) {
      const colour = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(colour, (counts.get(colour) ?? 0) + 1);
      sampled++;
    }
    const background = Math.max(...counts.values());
    return {
      width: canvas.width,
      height: canvas.height,
      colours: Math.min(256, counts.size),
      nonBackground: (sampled - background) / sampled,
    };
  }, png.toString('base64'));
}
