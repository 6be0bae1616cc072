import { describe, expect, it } from 'vitest';
import { countMarkItems, renderSvg, svgTexts } from '../../test-support/render-svg.js';
import { snapshotPath, snapshotText } from '../../test-support/snapshot.js';
import { EmptyInputError } from '../errors/empty-input-error.js';
import { InvalidLabelError } from '../errors/invalid-label-error.js';
import { classDistributionSpec } from './class-distribution-spec.js';

const train = Uint8Array.from([0, 0, 0, 1, 1, 2, 2, 2, 2, 2]);
const test = [0, 1, 2, 2];

describe('classDistributionSpec', () => {
  it('matches its snapshot', async () => {
    await expect(snapshotText(classDistributionSpec({ train, test }))).toMatchFileSnapshot(
      snapshotPath('class-distribution'),
    );
  });

  it('renders a bar per class and split, grouped by class', async () => {
    const svg = await renderSvg(
      classDistributionSpec({ train, test }, { labelNames: ['zero', 'one', 'two'] }),
    );
    expect(countMarkItems(svg, 'rect')).toBe(6);
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(['zero', 'one', 'two', 'train', 'test', 'share of split']),
    );
  });

  it('shows each split as shares of itself by default and raw counts on request', () => {
    const values = (spec: ReturnType<typeof classDistributionSpec>) =>
      (spec.data as { values: { split: string; label: string; count: number; fraction: number }[] }).values;
    const shares = values(classDistributionSpec({ train, test }));
    expect(shares.find((v) => v.split === 'test' && v.label === '2')).toEqual({
      label: '2',
      split: 'test',
      count: 2,
      fraction: 0.5,
    });
    const spec = classDistributionSpec({ train, test }, { measure: 'count' });
    expect((spec.encoding as { y: { field: string } }).y.field).toBe('count');
  });

  it('gives classes missing from one split a zero bar', async () => {
    const svg = await renderSvg(classDistributionSpec({ train: [0, 1, 3], test: [0] }));
    expect(countMarkItems(svg, 'rect')).toBe(6);
  });

  it('rejects no splits and non-integer labels', () => {
    expect(() => classDistributionSpec({})).toThrow(EmptyInputError);
    expect(() => classDistributionSpec({ train: [0.5] })).toThrow(InvalidLabelError);
    expect(() => classDistributionSpec({ train: [0], test: [] })).toThrow(/Received: splits.test.length=0/);
  });
});
