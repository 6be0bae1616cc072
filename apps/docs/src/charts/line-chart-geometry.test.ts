import { describe, expect, it } from 'vitest';
import { lineChartGeometry, niceCeiling } from './line-chart-geometry';

describe('lineChartGeometry', () => {
  it('maps the first epoch to the left edge and the last to the right, values onto the y range', () => {
    const geometry = lineChartGeometry([{ name: 'accuracy', values: [0, 0.5, 1] }], {
      width: 254,
      height: 138,
      yRange: [0, 1],
    });
    // Plot area: x 44..244, y 10..110.
    expect(geometry.paths[0]!.d).toBe('M44.0,110.0L144.0,60.0L244.0,10.0');
    expect(geometry.yTicks.map((tick) => tick.label)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    expect(geometry.xTicks.map((tick) => tick.label)).toEqual(['1', '2', '3']);
  });

  it('breaks a line at non-finite values and scales the axis from 0 to a round maximum', () => {
    const geometry = lineChartGeometry([{ name: 'loss', values: [2.2, Number.NaN, 1.1] }], {
      width: 254,
      height: 138,
    });
    expect(geometry.yTicks.map((tick) => tick.label)).toEqual(['0.0', '0.5', '1.0', '1.5', '2.0', '2.5']);
    expect(geometry.paths[0]!.d.match(/M/g)).toHaveLength(2);
  });

  it('keeps a fixed frame for a curve that is still growing', () => {
    const geometry = lineChartGeometry([{ name: 'loss', values: [1] }], { epochs: 10 });
    expect(geometry.xTicks.map((tick) => tick.label)).toEqual(['1', '3', '5', '7', '9']);
  });
});

describe('niceCeiling', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0, 0.07, 0.3, 1, 1.2, 2.2, 4, 7, 23].map(niceCeiling)).toEqual([
      1, 0.1, 0.5, 1, 2, 2.5, 5, 10, 25,
    ]);
  });
});
