import { fileURLToPath } from 'node:url';
import { labs } from '@digitlab/cli';
import { describe, expect, it } from 'vitest';
import { fidelityRows } from './fidelity-rows';
import { readLabResults } from './read-lab-results';

const committed = readLabResults(fileURLToPath(new URL('../../results', import.meta.url)));
const rows = fidelityRows(labs, committed);
const row = (lab: string) => rows.find((entry) => entry.lab === lab)!;

describe('the fidelity table', () => {
  it('has one row per seed figure, the study one per optimizer', () => {
    const figures = labs.reduce((sum, lab) => sum + lab.seedFigures.length, 0);
    expect(rows).toHaveLength(figures);
    expect(
      rows.filter((entry) => entry.lab.startsWith('optimizer-study-')).map((entry) => entry.seedFigure),
    ).toEqual(['error 4.98%', 'error 2.01%', 'error 1.92%', 'error 2.26%', 'error 1.86%', 'error 1.57%']);
  });

  it('shows each committed run at its seed’s parameter count', () => {
    for (const entry of rows.filter((candidate) => candidate.figure !== undefined)) {
      expect(entry.paramsEqual, entry.lab).toBe(true);
    }
  });

  it('marks the MNIST figures that came from Fashion-MNIST stand-ins, and only those', () => {
    for (const entry of rows.filter((candidate) => candidate.figure !== undefined)) {
      const lab = labs.find(
        (candidate) => entry.lab.startsWith(candidate.name) && candidate.seedFigures.length > 0,
      );
      expect(entry.standIn, entry.lab).toBe(lab!.dataset === 'mnist');
      if (entry.standIn) expect(entry.data).toMatch(/^fashion-mnist: /);
    }
  });

  it('has committed runs for the seed 004 Fashion-MNIST variants and the 64-filter digits CNN', () => {
    expect(row('fashion-lenet-leaky').data).toBe(
      'fashion-mnist: 56,000 train, 14,000 test (pooled, random split)',
    );
    expect(row('fashion-lenet-elu').figure).toMatch(/^error \d+\.\d\d%$/);
    expect(row('digits-cnn-64').figure).toMatch(/^accuracy 0\.9[89]\d\d$/);
  });
});
