import { describe, expect, it } from 'vitest';
import { epochTicks } from './epoch-axis.js';
import { bandLabelAxis, textWidth } from './label-fit.js';

const fashion = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
];

describe('label fitting', () => {
  it('keeps digit labels horizontal and turns names wider than their band vertical', () => {
    expect(bandLabelAxis(['0', '1', '9'], 36).labelAngle).toBe(0);
    // 'T-shirt/top' is about 11 × 6 = 66 pixels: wider than a 36-pixel cell.
    expect(textWidth('T-shirt/top')).toBeGreaterThan(36);
    expect(bandLabelAxis(fashion, 36)).toMatchObject({ labelAngle: -90, labelLimit: 120 });
  });

  it('labels epochs with integers only, one per epoch up to ten', () => {
    expect(epochTicks(1)).toEqual([1]);
    expect(epochTicks(4)).toEqual([1, 2, 3, 4]);
    expect(epochTicks(12)).toEqual([1, 2, 4, 6, 8, 10, 12]);
    expect(epochTicks(50)).toEqual([1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
    for (const epochs of [1, 3, 7, 20, 99, 300]) {
      const ticks = epochTicks(epochs);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks.length).toBeLessThanOrEqual(11);
      expect(Math.max(...ticks)).toBeLessThanOrEqual(epochs);
    }
  });
});
