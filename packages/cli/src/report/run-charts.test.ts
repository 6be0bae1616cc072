import { describe, expect, it } from 'vitest';
import { loadLabData } from '../data/load-lab-data';
import { findLab } from '../recipes/labs';
import { analysePredictions } from '../training/analyse-predictions';
import { toClassProbabilities } from '../training/class-probabilities';
import type { TrainedRun } from '../training/train-recipe';
import { runCharts } from './run-charts';

/** A run of `lab` on the digits whose model predicts the true class with p = 0.8 (0.6 for every 7th sample's runner-up). */
async function fakeRun(lab: string): Promise<TrainedRun> {
  const data = await loadLabData('digits', { seed: 1 });
  const outputs = new Float32Array(data.test.count * 10).fill(0.2 / 9);
  data.test.y.forEach((label, i) => {
    const predicted = i % 7 === 0 ? (label + 1) % 10 : label;
    outputs[i * 10 + predicted] = 0.8;
  });
  const predictions = toClassProbabilities(outputs, 10);
  return {
    recipe: { ...findLab(lab), dataset: 'digits' },
    data,
    predictions,
    analysis: analysePredictions({ labels: data.test.y, ...predictions }, data.classNames),
    history: { history: { loss: [1, 0.5], accuracy: [0.5, 0.8] } },
    decisionGrid: undefined,
  } as unknown as TrainedRun;
}

describe('runCharts', () => {
  it("adds seed 002's p(0) histogram to the MNIST CNN labs only", async () => {
    const names = (charts: { name: string }[]) => charts.map((chart) => chart.name);
    const cnn = runCharts(await fakeRun('mnist-cnn'));
    expect(names(cnn)).toContain('probability-histogram');
    const histogram = cnn.find((chart) => chart.name === 'probability-histogram')!;
    const values = (histogram.spec as unknown as { data: { values: { group: string; count: number }[] } })
      .data.values;
    // Every test zero is binned under "class 0", every other sample under "other classes".
    const data = await loadLabData('digits', { seed: 1 });
    const zeros = data.test.y.filter((label) => label === 0).length;
    const total = (group: string) =>
      values.filter((value) => value.group === group).reduce((sum, value) => sum + value.count, 0);
    expect(total('class 0')).toBe(zeros);
    expect(total('other classes')).toBe(data.test.count - zeros);
    expect(names(runCharts(await fakeRun('lenet5')))).not.toContain('probability-histogram');
  });
});
