import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodePng } from './decode-png';

/** A 4x4 PNG: a 2x2 square of `ink` in the middle of `paper`, both grey levels. */
function png(paper: number, ink: number, alpha = 255): Uint8Array {
  const image = new PNG({ width: 4, height: 4 });
  for (let i = 0; i < 16; i++) {
    const inside = [5, 6, 9, 10].includes(i);
    image.data.fill(inside ? ink : paper, 4 * i, 4 * i + 3);
    image.data[4 * i + 3] = alpha;
  }
  return PNG.sync.write(image);
}

describe('decodePng', () => {
  it('turns dark ink on white paper into high ink values', () => {
    const { width, height, pixels } = decodePng(png(255, 0));
    expect([width, height]).toEqual([4, 4]);
    expect(pixels[5]).toBe(1);
    expect(pixels[0]).toBe(0);
  });

  it('keeps light ink on black paper as it is (the MNIST way)', () => {
    const { pixels } = decodePng(png(0, 255));
    expect(pixels[5]).toBe(1);
    expect(pixels[0]).toBe(0);
  });

  it('follows an explicit background', () => {
    expect(decodePng(png(0, 255), 'light').pixels[5]).toBe(0);
  });

  it('composites transparency over white', () => {
    const { pixels } = decodePng(png(0, 0, 0));
    expect(Array.from(pixels).every((value) => value === 0)).toBe(true);
  });

  it('uses Rec. 601 luminance for colour', () => {
    const image = new PNG({ width: 1, height: 1 });
    image.data.set([255, 0, 0, 255]);
    expect(decodePng(PNG.sync.write(image), 'dark').pixels[0]).toBeCloseTo(0.299, 6);
  });
});
