import { describe, expect, it } from 'vitest';
import { fieldSamples } from './conv-fields';

// [h, w, c, oh, ow, oc, kh, kw, sh, sw, pt, pl], as describe-layers.ts writes a convolution's geometry.
const lenetConv1 = [28, 28, 1, 24, 24, 6, 5, 5, 1, 1, 0, 0];
const lenetConv2 = [12, 12, 6, 8, 8, 16, 5, 5, 1, 1, 0, 0];

describe('fieldSamples', () => {
  it("chunks LeNet-5's convolutions in whole 256-pixel depth blocks that stay near 256 kB", () => {
    for (const geometry of [lenetConv1, lenetConv2]) {
      const chunk = fieldSamples(geometry, 64);
      const [, , c = 0, oh = 0, ow = 0, , kh = 0, kw = 0] = geometry;
      expect(chunk).toBe(4);
      expect((chunk * oh * ow) % 256).toBe(0);
      expect(chunk * oh * ow * kh * kw * c * 4).toBeLessThanOrEqual(256 * 1024);
    }
  });

  it('takes more samples a chunk when their fields are small, never more than the thread has', () => {
    const small = [10, 10, 1, 8, 8, 4, 3, 3, 1, 1, 0, 0];
    expect(fieldSamples(small, 1000)).toBe(112);
    expect(fieldSamples(small, 30)).toBe(30);
    expect(fieldSamples(lenetConv1, 3)).toBe(3);
  });

  it('keeps im2col (0) for padding on any side, partial 4-pixel tiles and fields over one depth block', () => {
    // 'same' 2x2 pads only the right column and bottom row: pt and pl are 0, the field still leaves the image.
    expect(fieldSamples([5, 8, 2, 5, 8, 5, 2, 2, 1, 1, 0, 0], 32)).toBe(0);
    expect(fieldSamples([28, 28, 1, 28, 28, 6, 5, 5, 1, 1, 2, 2], 32)).toBe(0);
    expect(fieldSamples([9, 8, 2, 7, 6, 5, 3, 3, 1, 1, 0, 0], 32)).toBe(0);
    expect(fieldSamples([12, 12, 16, 8, 8, 32, 5, 5, 1, 1, 0, 0], 32)).toBe(0);
    expect(fieldSamples([6, 10, 3, 4, 8, 5, 3, 3, 1, 1, 0, 0], 32)).toBeGreaterThan(0);
    expect(fieldSamples([9, 17, 2, 4, 8, 5, 3, 3, 2, 2, 0, 0], 32)).toBeGreaterThan(0);
  });
});
