import { describe, expect, it } from 'vitest';
import { frameInk } from './frame-ink';

describe('frameInk', () => {
  it('crops to the ink and centres it in a square with the margin', () => {
    const pixels = new Float32Array(10 * 10);
    // A 2 wide, 4 tall stroke at columns 6-7, rows 1-4.
    for (let y = 1; y <= 4; y++) pixels.fill(1, y * 10 + 6, y * 10 + 8);
    const framed = frameInk({ width: 10, height: 10, pixels }, 0.25);
    expect(framed.width).toBe(8);
    expect(framed.height).toBe(8);
    const rows = Array.from({ length: 8 }, (_, y) =>
      Array.from(framed.pixels.subarray(y * 8, y * 8 + 8)).join(''),
    );
    expect(rows).toEqual([
      '00000000',
      '00000000',
      '00011000',
      '00011000',
      '00011000',
      '00011000',
      '00000000',
      '00000000',
    ]);
  });

  it('leaves an image without ink alone', () => {
    const image = { width: 3, height: 3, pixels: new Float32Array(9).fill(0.1) };
    expect(frameInk(image, 0.1)).toBe(image);
  });
});
