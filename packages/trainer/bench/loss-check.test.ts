import { describe, expect, it } from 'vitest';
import { type LossResults, lossChecks } from './loss-check.mjs';

const fused = (version: string, threads: number, losses: Array<number | undefined>) => ({
  model: 'lenet5',
  engine: 'fused' as const,
  version,
  threads,
  losses,
});
const results = (sides: NonNullable<LossResults['lossCheck']>['sides']): LossResults => ({
  tfjsOps: {},
  sides: [],
  lossCheck: { seeds: [1, 2, 3, 4], sides },
});
const tfjs = { model: 'lenet5', engine: 'tfjs' as const, losses: [0.7, 0.71, 0.72, 0.73] };

describe('the benchmark loss check', () => {
  it('passes a configuration whose mean is within 1e-3 though one seed is 1.5e-3 off', () => {
    const [check] = lossChecks(results([tfjs, fused('v24', 2, [0.7015, 0.7095, 0.7198, 0.7299])]));
    expect(check?.configurations[0]?.meanDifference).toBeCloseTo(0.0007 / 4, 10);
    expect(check?.configurations[0]?.worstSeedDifference).toBeCloseTo(0.0015, 10);
    expect(check?.ok).toBe(true);
  });

  it('fails a shift that every seed shares, and only the shifted configuration', () => {
    const shifted = fused('v20', 1, [0.7012, 0.7112, 0.7212, 0.7312]);
    const [check] = lossChecks(results([tfjs, fused('v24', 2, tfjs.losses), shifted]));
    expect(check?.configurations.map((entry) => entry.meanDifference)).toEqual([
      0,
      expect.closeTo(0.0012, 10),
    ]);
    expect(check?.ok).toBe(false);
  });

  it('fails a configuration with a failed or non-finite run', () => {
    expect(lossChecks(results([tfjs, fused('v24', 2, [0.7, undefined, 0.72, 0.73])]))[0]?.ok).toBe(false);
    expect(lossChecks(results([tfjs, fused('v24', 2, [0.7, Number.NaN, 0.72, 0.73])]))[0]?.ok).toBe(false);
  });

  it('checks seed 1 alone in results written before the seeds were added', () => {
    const [check] = lossChecks({
      tfjsOps: { mlp: { loss: 0.5 } },
      sides: [
        { kind: 'digitlab', model: 'mlp', version: 'v20', threads: 2, best: { loss: 0.5004 } },
        { kind: 'pytorch', model: 'mlp', threads: 2, best: { loss: 0.9 } },
      ],
    });
    expect(check?.seeds).toEqual([1]);
    expect(check?.configurations).toHaveLength(1);
    expect(check?.configurations[0]?.meanDifference).toBeCloseTo(0.0004, 10);
    expect(check?.ok).toBe(true);
  });
});
