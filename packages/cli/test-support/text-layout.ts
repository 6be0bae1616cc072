import type { Page } from 'playwright-core';

/** A text of a chart as the browser lays it out. */
export interface TextBox {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** What is wrong with the text of one SVG chart, as the browser draws it. */
export interface TextProblems {
  /** Pairs of texts whose boxes overlap by more than a pixel both ways. */
  readonly overlaps: string[];
  /** Texts reaching outside the SVG, or ending in vega's ellipsis (cut to its label limit). */
  readonly clipped: string[];
  /** Every text box, for the failure message. */
  readonly boxes: TextBox[];
}

/**
 * Lays out `svg` alone in the page and measures every visible `<text>` (a multi-line caption is one
 * box): boxes are the browser's, with Chromium's real fonts, not vega's estimates.
 */
export async function measureSvgText(page: Page, svg: string): Promise<TextProblems> {
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  return page.evaluate(() => {
    const root = document.querySelector('svg')!;
    const frame = root.getBoundingClientRect();
    const boxes = Array.from(root.querySelectorAll('text'))
      // Vega hides the labels that would collide by making them transparent: those are not drawn.
      .filter(
        (element) => (element.textContent ?? '').trim() !== '' && getComputedStyle(element).opacity !== '0',
      )
      .map((element) => {
        const rect = element.getBoundingClientRect();
        return {
          text: element.textContent!,
          left: rect.left,
          top: rect.top,
          right: rect.right,
          bottom: rect.bottom,
        };
      });
    const overlaps: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > 1 && down > 1) overlaps.push(`'${a.text}' overlaps '${b.text}'`);
      }
    });
    const clipped = boxes
      .filter(
        (box) =>
          box.left < frame.left - 0.5 ||
          box.top < frame.top - 0.5 ||
          box.right > frame.right + 0.5 ||
          box.bottom > frame.bottom + 0.5 ||
          box.text.endsWith('…'),
      )
      .map((box) => box.text);
    return { overlaps, clipped, boxes };
  });
}
