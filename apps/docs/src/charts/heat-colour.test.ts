import { confusionMatrix } from '@digitlab/metrics';
import { describe, expect, it } from 'vitest';
import { heatColour, rowShares } from './heat-colour';

describe('rowShares', () => {
  it("matches @digitlab/metrics' normalize: 'true', with empty rows left at 0", () => {
    const yTrue = [0, 1, 2, 2, 1, 0, 2, 1];
    const yPred = [0, 2, 2, 2, 1, 0, 1, 1];
    const counts = confusionMatrix(yTrue, yPred, { labels: [0, 1, 2, 3] }).matrix;
    const normalized = confusionMatrix(yTrue, yPred, { labels: [0, 1, 2, 3], normalize: 'true' }).matrix;
    const shares = rowShares(counts);
    for (const [i, row] of shares.entries()) {
      for (const [j, value] of row.entries()) expect(value).toBeCloseTo(normalized[i]![j]!, 12);
    }
    expect(shares[3]).toEqual([0, 0, 0, 0]);
  });
});

describe('heatColour', () => {
  it('darkens with the share and switches to white text past half', () => {
    expect(heatColour(0)).toEqual({ background: 'rgba(37, 99, 235, 0.060)', text: 'inherit' });
    expect(heatColour(1)).toEqual({ background: 'rgba(37, 99, 235, 1.000)', text: '#ffffff' });
    expect(heatColour(Number.NaN).background).toBe(heatColour(0).background);
  });
});
