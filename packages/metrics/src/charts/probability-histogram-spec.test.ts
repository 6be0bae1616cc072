import { describe, expect, it } from 'vitest';
import { probabilityFixture } from '../../test-support/fixtures/sklearn-fixtures.js';
import { countMarkItems, renderSvg, svgTexts } from '../../test-support/render-svg.js';
import { snapshotPath, snapshotText } from '../../test-support/snapshot.js';
import { classProbabilityHistogram } from '../analyses/class-probability-histogram.js';
import { probabilityHistogramSpec } from './probability-histogram-spec.js';

const histogram = {
  classIndex: 3,
  edges: [0, 0.25, 0.5, 0.75, 1],
  inClass: [1, 0, 2, 30],
  rest: [300, 4, 1, 0],
};

describe('probabilityHistogramSpec', () => {
  it('matches its snapshot', async () => {
    await expect(
      snapshotText(probabilityHistogramSpec(histogram, { className: 'three' })),
    ).toMatchFileSnapshot(snapshotPath('probability-histogram'));
  });

  it('renders non-empty bins only, on a log axis, with both groups in the legend', async () => {
    const svg = await renderSvg(probabilityHistogramSpec(histogram));
    expect(countMarkItems(svg, 'rect')).toBe(6);
    const texts = svgTexts(svg);
    expect(texts).toEqual(
      expect.arrayContaining(['class 3', 'other classes', 'samples (log scale)', '0.25', '100']),
    );
    expect(texts).not.toContain('0.3');
  });

  it('draws a single sample as a visible bar', async () => {
    const spec = probabilityHistogramSpec({
      classIndex: 0,
      edges: [0, 0.5, 1],
      inClass: [0, 1],
      rest: [1, 0],
    });
    const svg = await renderSvg(spec);
    const heights = [...svg.matchAll(/class="mark-rect[\s\S]*?<\/g>/g)]
      .flatMap((group) => [...group[0].matchAll(/d="M[\d.-]+,[\d.-]+h[\d.-]+v([\d.-]+)/g)])
      .map((match) => Number(match[1]));
    expect(heights).toHaveLength(2);
    for (const height of heights) expect(height).toBeGreaterThan(10);
  });

  it('renders the histogram of real softmax outputs', async () => {
    const fixture = probabilityFixture();
    const probabilities = { values: fixture.probabilities, numClasses: fixture.numClasses };
    const svg = await renderSvg(
      probabilityHistogramSpec(classProbabilityHistogram(probabilities, fixture.yTrue, 9)),
    );
    expect(countMarkItems(svg, 'rect')).toBeGreaterThan(10);
  });
});
