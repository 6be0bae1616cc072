import { describe, expect, it } from 'vitest';
import { countMarkItems, renderSvg, svgTexts } from '../../test-support/render-svg.js';
import { snapshotPath, snapshotText } from '../../test-support/snapshot.js';
import { decisionGrid } from '../analyses/decision-grid.js';
import { LengthMismatchError } from '../errors/length-mismatch-error.js';
import { decisionBoundarySpec } from './decision-boundary-spec.js';

/** Three classes split by the lines x = 0 and y = x. */
const predict = (points: Float32Array) =>
  Array.from({ length: points.length / 2 }, (_, i) => {
    const x = points[2 * i]!;
    const y = points[2 * i + 1]!;
    return x < 0 ? [0.8, 0.1, 0.1] : y > x ? [0.1, 0.7, 0.2] : [0.05, 0.05, 0.9];
  });
const samples = { coordinates: [-0.5, 0.5, 0.2, 0.8, 0.8, -0.5, -0.9, -0.9], labels: [0, 1, 2, 1] };

describe('decisionBoundarySpec', () => {
  it('matches its snapshot', async () => {
    const grid = await decisionGrid(predict, { xRange: [-1, 1], yRange: [-1, 1], resolution: 3 });
    await expect(snapshotText(decisionBoundarySpec(grid, { samples }))).toMatchFileSnapshot(
      snapshotPath('decision-boundary'),
    );
  });

  it('renders one rect per cell and one symbol per sample, classes in the legend', async () => {
    const grid = await decisionGrid(predict, { xRange: [-1, 1], yRange: [-1, 1], resolution: 20 });
    const svg = await renderSvg(decisionBoundarySpec(grid, { samples }));
    expect(countMarkItems(svg, 'rect')).toBe(400);
    expect(countMarkItems(svg, 'symbol')).toBe(4);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['0', '1', '2', 'class', 'x', 'y']));
  });

  it('draws the regions alone without samples', async () => {
    const grid = await decisionGrid(predict, { xRange: [-1, 1], yRange: [-1, 1], resolution: 5 });
    const svg = await renderSvg(decisionBoundarySpec(grid));
    expect(countMarkItems(svg, 'rect')).toBe(25);
    expect(countMarkItems(svg, 'symbol')).toBe(0);
  });

  it('rejects coordinates that do not pair with the labels', async () => {
    const grid = await decisionGrid(predict, { xRange: [-1, 1], yRange: [-1, 1], resolution: 2 });
    expect(() => decisionBoundarySpec(grid, { samples: { coordinates: [0, 0, 1], labels: [0, 1] } })).toThrow(
      LengthMismatchError,
    );
  });
});
