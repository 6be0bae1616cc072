import { describe, expect, it } from 'vitest';
import { resizeArea } from './resize-area';

const source = {
  width: 6,
  height: 8,
  pixels: Float32Array.from({ length: 48 }, (_, i) => (((i % 6) * 7 + Math.floor(i / 6) * 13) % 17) / 16),
};

// Pillow 9.4's Image.resize(size, Image.BOX) on the same float image (mode 'F'); for whole-number factors
// its box filter is exactly area averaging.
const pillow: [number, number, number[]][] = [
  [
    3,
    4,
    [
      0.359375, 0.4375, 0.515625, 0.65625, 0.46875, 0.546875, 0.421875, 0.5, 0.578125, 0.453125, 0.53125,
      0.34375,
    ],
  ],
  [2, 2, [0.5052083, 0.4895833, 0.4791667, 0.4635417]],
];

describe('resizeArea', () => {
  it.each(pillow)("downscales to %ix%i as Pillow's box filter does", (width, height, expected) => {
    const resized = resizeArea(source, width, height);
    expect(resized.width).toBe(width);
    expect(Array.from(resized.pixels)).toEqual(expected.map((value) => expect.closeTo(value, 6)));
  });

  it('upscales by repeating pixels', () => {
    const resized = resizeArea(source, 12, 16);
    expect(resized.pixels[0]).toBe(source.pixels[0]);
    expect(resized.pixels[1]).toBe(source.pixels[0]);
    expect(resized.pixels[12 * 3 + 5]).toBe(source.pixels[6 + 2]);
  });

  it('weights partly covered pixels by their coverage and keeps the mean', () => {
    const resized = resizeArea({ width: 3, height: 1, pixels: Float32Array.of(0, 1, 0) }, 2, 1);
    // Each output pixel covers 1.5 source pixels: [0, 1.5) and [1.5, 3).
    expect(Array.from(resized.pixels)).toEqual([expect.closeTo(1 / 3, 6), expect.closeTo(1 / 3, 6)]);
    const mean = (pixels: Float32Array) => pixels.reduce((a, b) => a + b, 0) / pixels.length;
    expect(mean(resizeArea(source, 4, 5).pixels)).toBeCloseTo(mean(source.pixels), 6);
  });
});
