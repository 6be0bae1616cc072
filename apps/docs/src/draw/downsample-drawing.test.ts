import { loadDigits } from '@digitlab/datasets';
import { describe, expect, it } from 'vitest';
import { downsampleDrawing, inkFromRgba, meanDigitInk } from './downsample-drawing';

/** A 32x32 bitmap blown up to `scale` canvas pixels per bitmap pixel, as ink 0/255. */
function drawBitmap(bitmap: Uint8Array, scale: number) {
  const width = 32 * scale;
  const ink = new Uint8Array(width * width);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++)
      ink[y * width + x] = bitmap[Math.floor(y / scale) * 32 + Math.floor(x / scale)]! * 255;
  }
  return { ink, width, height: width };
}

/** The UCI preprocessing done directly on a bitmap: on-pixels counted in 4x4 blocks. */
function blockCounts(bitmap: Uint8Array): number[] {
  const counts = new Array<number>(64).fill(0);
  for (let y = 0; y < 32; y++)
    for (let x = 0; x < 32; x++) counts[(y >> 2) * 8 + (x >> 2)]! += bitmap[y * 32 + x]!;
  return counts;
}

describe('downsampleDrawing', () => {
  it('gives the 4x4 block counts of a bitmap that fills its square, at any canvas scale', () => {
    // Bitmaps built from real digits (each 0..16 feature as that many on-pixels in its block) with the
    // border pixels on, so the drawing's extent is exactly the 32x32 square.
    const digits = loadDigits();
    for (const index of [0, 1, 2, 100, 1796]) {
      const bitmap = new Uint8Array(32 * 32);
      for (let block = 0; block < 64; block++) {
        const value = digits.images[index * 64 + block]!;
        for (let k = 0; k < value; k++)
          bitmap[((block >> 3) * 4 + (k >> 2)) * 32 + (block & 7) * 4 + (k & 3)] = 1;
      }
      for (let i = 0; i < 32; i++) bitmap[i] = bitmap[31 * 32 + i] = bitmap[i * 32] = bitmap[i * 32 + 31] = 1;
      for (const scale of [1, 3, 8]) {
        expect(Array.from(downsampleDrawing(drawBitmap(bitmap, scale))!)).toEqual(blockCounts(bitmap));
      }
    }
  });

  it("scales a small off-centre digit up to full height, centres it, and thickens it to the data set's ink", () => {
    const width = 200;
    const ink = new Uint8Array(width * width);
    // A vertical bar 8 px wide and 64 px tall near the top-left corner.
    for (let y = 10; y < 74; y++) for (let x = 20; x < 28; x++) ink[y * width + x] = 255;
    const features = Array.from(downsampleDrawing({ ink, width, height: width })!);
    const columns = Array.from({ length: 8 }, (_, column) =>
      features.filter((_, index) => index % 8 === column).reduce((sum, value) => sum + value, 0),
    );
    // 8/64 of 32 bitmap pixels = 4 columns wide (128 on-pixels), centred on bitmap columns 14..17, then
    // grown a column each side at a time while that nears the digits' mean ink of 313: 10 columns (320),
    // bitmap columns 11..20, i.e. 1 column in block 2, 4 in blocks 3 and 4, 1 in block 5.
    expect(columns).toEqual([0, 0, 32, 128, 128, 32, 0, 0]);
    const rows = Array.from({ length: 8 }, (_, row) =>
      features.slice(row * 8, row * 8 + 8).reduce((a, b) => a + b),
    );
    expect(rows).toEqual([40, 40, 40, 40, 40, 40, 40, 40]);
  });

  it("grows thin mouse strokes to the embedded digits' average ink", () => {
    const digits = loadDigits();
    const total = digits.images.reduce((sum, value) => sum + value, 0);
    expect(meanDigitInk).toBe(Math.round(total / digits.count));
    // A one-pixel diagonal line: far too little ink before, within one growth step of the mean after.
    const width = 100;
    const ink = new Uint8Array(width * width);
    for (let i = 0; i < width; i++) ink[i * width + i] = 255;
    const sum = downsampleDrawing({ ink, width, height: width })!.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - meanDigitInk)).toBeLessThan(60);
  });

  it('returns undefined for a blank drawing and ignores faint anti-aliasing', () => {
    expect(downsampleDrawing({ ink: new Uint8Array(100), width: 10, height: 10 })).toBeUndefined();
    expect(downsampleDrawing({ ink: new Uint8Array(100).fill(20), width: 10, height: 10 })).toBeUndefined();
  });
});

describe('inkFromRgba', () => {
  it('reads the alpha channel', () => {
    const rgba = new Uint8ClampedArray([0, 0, 0, 0, 10, 20, 30, 255, 0, 0, 0, 128]);
    expect(Array.from(inkFromRgba(rgba, 3, 1).ink)).toEqual([0, 255, 128]);
  });
});
