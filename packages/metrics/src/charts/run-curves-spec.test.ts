import { describe, expect, it } from 'vitest';
import { countMarkItems, renderSvg, svgTexts } from '../../test-support/render-svg.js';
import { EmptyInputError } from '../errors/empty-input-error.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { runCurvesSpec } from './run-curves-spec.js';

const adam = {
  loss: [0.5, 0.3, 0.2],
  accuracy: [0.85, 0.9, 0.93],
  val_loss: [0.4, 0.3, 0.28],
  val_accuracy: [0.88, 0.9, 0.91],
};
const sgd = { loss: [1.2, 0.8], accuracy: [0.6, 0.75] };

describe('runCurvesSpec', () => {
  it('draws every run in its own colour on shared panels, validation dashed', async () => {
    const spec = runCurvesSpec([
      { name: 'mlp (adam)', history: adam },
      { name: 'mlp (sgd)', history: sgd },
    ]);
    const svg = await renderSvg(spec);
    // loss and accuracy panels; adam has train and validation lines, sgd train only: 3 lines a panel.
    expect(countMarkItems(svg, 'line')).toBe(6);
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining([
        'loss',
        'accuracy',
        'mlp (adam)',
        'mlp (sgd)',
        'train',
        'validation',
        'epoch',
        '3',
      ]),
    );
    // The legend shows the two dash patterns as visible strokes.
    expect(svg).toMatch(/d="M-5,0L5,0" stroke="#444"[^>]*stroke-dasharray="5,3"/);
  });

  it('plots only metrics every run has, and integer epochs', async () => {
    const spec = runCurvesSpec([
      { name: 'a', history: { loss: [0.3] } },
      { name: 'b', history: { loss: [0.2], accuracy: [0.9] } },
    ]);
    const svg = await renderSvg(spec);
    expect(countMarkItems(svg, 'line')).toBe(2);
    expect(svgTexts(svg)).not.toContain('accuracy');
    expect(svgTexts(svg).join(' ')).not.toMatch(/1\.0+\b/);
  });

  it('rejects no runs, repeated names and a metric a run lacks', () => {
    expect(() => runCurvesSpec([])).toThrow(EmptyInputError);
    expect(() =>
      runCurvesSpec([
        { name: 'a', history: sgd },
        { name: 'a', history: adam },
      ]),
    ).toThrow(/'a' appears twice/);
    expect(() => runCurvesSpec([{ name: 'a', history: sgd }], { metrics: ['acc'] })).toThrow(
      InvalidArgumentError,
    );
  });
});
