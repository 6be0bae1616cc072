import { describe, expect, it } from 'vitest';
import { countMarkItems, renderSvg, svgTexts } from '../../test-support/render-svg.js';
import { snapshotPath, snapshotText } from '../../test-support/snapshot.js';
import type { RunSummary } from '../analyses/compare-runs.js';
import { EmptyInputError } from '../errors/empty-input-error.js';
import { comparisonBarsSpec } from './comparison-bars-spec.js';

const runs: RunSummary[] = [
  {
    name: 'mlp',
    parameters: 101_770,
    optimizer: 'sgd',
    backend: 'cpu',
    device: 'cpu',
    trainingSeconds: 41.2,
    testAccuracy: 0.9781,
  },
  {
    name: 'lenet5',
    parameters: 61_706,
    optimizer: 'adam',
    backend: 'wasm',
    device: 'cpu',
    trainingSeconds: 123.5,
    testAccuracy: 0.9912,
  },
  {
    name: 'lenet5',
    parameters: 61_706,
    optimizer: 'sgd',
    backend: 'wasm',
    device: 'cpu',
    trainingSeconds: 120.1,
    testAccuracy: 0.9874,
  },
];

describe('comparisonBarsSpec', () => {
  it('matches its snapshot', async () => {
    await expect(snapshotText(comparisonBarsSpec(runs))).toMatchFileSnapshot(snapshotPath('comparison-bars'));
  });

  it('renders a labelled bar per run, telling repeated names apart', async () => {
    const svg = await renderSvg(comparisonBarsSpec(runs));
    expect(countMarkItems(svg, 'rect')).toBe(3);
    expect(countMarkItems(svg, 'text')).toBe(3);
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining([
        'mlp',
        'lenet5 (adam, wasm)',
        'lenet5 (sgd, wasm)',
        '2.19%',
        '0.88%',
        '1.26%',
        'test error',
      ]),
    );
  });

  it('compares parameters or training time on request', async () => {
    const svg = await renderSvg(comparisonBarsSpec(runs.slice(0, 2), { measure: 'parameters' }));
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['101,770', '61,706', 'parameters']));
    const time = await renderSvg(comparisonBarsSpec(runs.slice(0, 2), { measure: 'trainingSeconds' }));
    expect(svgTexts(time)).toEqual(expect.arrayContaining(['41.2', '123.5']));
  });

  it('rejects an empty list of runs', () => {
    expect(() => comparisonBarsSpec([])).toThrow(EmptyInputError);
  });
});
