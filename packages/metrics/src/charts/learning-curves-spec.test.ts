import { describe, expect, it } from 'vitest';
import { countMarkItems, renderSvg, svgTexts } from '../../test-support/render-svg.js';
import { snapshotPath, snapshotText } from '../../test-support/snapshot.js';
import { EmptyInputError } from '../errors/empty-input-error.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { learningCurvesSpec } from './learning-curves-spec.js';

const history = {
  loss: [0.61, 0.32, 0.21, 0.17],
  accuracy: [0.82, 0.91, 0.94, 0.95],
  val_loss: [0.4, 0.28, 0.25, 0.26],
  val_accuracy: [0.88, 0.92, 0.93, 0.93],
};

describe('learningCurvesSpec', () => {
  it('matches its snapshot', async () => {
    await expect(snapshotText(learningCurvesSpec(history))).toMatchFileSnapshot(
      snapshotPath('learning-curves'),
    );
  });

  it('renders one panel per metric with a train and a validation line each', async () => {
    const svg = await renderSvg(learningCurvesSpec(history));
    expect(countMarkItems(svg, 'line')).toBe(4);
    expect(countMarkItems(svg, 'symbol')).toBe(16);
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(['loss', 'accuracy', 'train', 'validation', 'epoch']),
    );
  });

  it('plots only the metrics asked for and works without validation data', async () => {
    const svg = await renderSvg(learningCurvesSpec({ loss: [1, 0.5] }, { metrics: ['loss'], title: 'Loss' }));
    expect(countMarkItems(svg, 'line')).toBe(1);
    expect(svgTexts(svg)).toContain('Loss');
    expect(svgTexts(svg)).toContain('train');
    expect(svgTexts(svg)).not.toContain('validation');
  });

  it('labels the epoch axis of a one-epoch run with the integer 1 only', async () => {
    const svg = await renderSvg(learningCurvesSpec({ loss: [0.7], accuracy: [0.8] }));
    const texts = svgTexts(svg);
    expect(texts).toContain('1');
    expect(texts.filter((text) => /^\d+\.\d+$/.test(text) && Number(text) >= 0.9)).toEqual([]);
    expect(texts.join(' ')).not.toMatch(/1\.0+\b/);
  });

  it('rejects an empty history or a metric it does not have', () => {
    expect(() => learningCurvesSpec({})).toThrow(EmptyInputError);
    expect(() => learningCurvesSpec(history, { metrics: ['acc'] })).toThrow(InvalidArgumentError);
    expect(() => learningCurvesSpec(history, { metrics: ['acc'] })).toThrow(
      /pick metrics from: loss, accuracy/,
    );
  });
});
