import { describe, expect, it } from 'vitest';
import { countMarkItems, renderSvg, svgTexts } from '../../test-support/render-svg.js';
import { snapshotPath, snapshotText } from '../../test-support/snapshot.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { confusionMatrix } from '../metrics/confusion-matrix.js';
import { confusionHeatmapSpec } from './confusion-heatmap-spec.js';

const counts = {
  labels: [0, 1, 2],
  matrix: [
    [50, 3, 0],
    [2, 9, 1],
    [0, 4, 31],
  ],
};

describe('confusionHeatmapSpec', () => {
  it('matches its snapshot', async () => {
    await expect(
      snapshotText(confusionHeatmapSpec(counts, { labelNames: ['zero', 'one', 'two'] })),
    ).toMatchFileSnapshot(snapshotPath('confusion-heatmap'));
  });

  it('renders one coloured cell per pair with the raw count written in it', async () => {
    const svg = await renderSvg(confusionHeatmapSpec(counts));
    expect(countMarkItems(svg, 'rect')).toBe(9);
    expect(countMarkItems(svg, 'text')).toBe(9);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['50', '3', '9', '31', 'predicted', 'true']));
  });

  it('colours by the normalized value: 9 of 12 and 50 of 53 get the same dark text as other majority cells', async () => {
    const spec = confusionHeatmapSpec(counts, { normalize: 'true' });
    const values = (spec.data as { values: { count: number; fraction: number }[] }).values;
    expect(values.find((v) => v.count === 9)!.fraction).toBe(9 / 12);
    expect(values.find((v) => v.count === 50)!.fraction).toBe(50 / 53);
    const svg = await renderSvg(spec);
    const whiteTexts = [...svg.matchAll(/<text[^>]*fill="white"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(whiteTexts.sort()).toEqual(['31', '50', '9']);
  });

  it('draws a 10-class matrix from confusionMatrix', async () => {
    const yTrue = Array.from({ length: 200 }, (_, i) => i % 10);
    const yPred = yTrue.map((label, i) => (i % 7 === 0 ? (label + 1) % 10 : label));
    const svg = await renderSvg(confusionHeatmapSpec(confusionMatrix(yTrue, yPred)));
    expect(countMarkItems(svg, 'rect')).toBe(100);
  });

  it('rejects normalized matrices and mismatched names', () => {
    const normalized = confusionMatrix([0, 1, 1], [0, 1, 0], { normalize: 'true' });
    expect(() => confusionHeatmapSpec(normalized)).toThrow(/raw counts/);
    expect(() => confusionHeatmapSpec(counts, { labelNames: ['a'] })).toThrow(InvalidArgumentError);
  });
});
