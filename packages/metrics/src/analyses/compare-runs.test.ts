import { describe, expect, it, vi } from 'vitest';
import { EmptyInputError } from '../errors/empty-input-error.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import type { RunSummary } from './compare-runs.js';
import { compareRuns } from './compare-runs.js';

const runs: RunSummary[] = [
  {
    name: 'mlp',
    parameters: 101_770,
    optimizer: 'sgd',
    backend: 'cpu',
    device: 'cpu',
    trainingSeconds: 41.25,
    testAccuracy: 0.9781,
  },
  {
    name: 'lenet5',
    parameters: 61_706,
    optimizer: 'adam',
    backend: 'wasm',
    device: 'cpu',
    trainingSeconds: 123.46,
    testAccuracy: 0.9912,
  },
  {
    name: 'cnn|big',
    parameters: 1_199_882,
    optimizer: 'rmsprop',
    backend: 'tensorflow',
    device: 'gpu',
    trainingSeconds: 9.05,
    testAccuracy: 1,
  },
];

describe('compareRuns', () => {
  it('adds the test error (1 - accuracy) and keeps input order', () => {
    const { rows } = compareRuns(runs);
    expect(rows.map((row) => row.name)).toEqual(['mlp', 'lenet5', 'cnn|big']);
    expect(rows[1]!.testError).toBe(1 - 0.9912);
    expect(rows[2]!.testError).toBe(0);
  });

  it('files each time under the device the run computed on, never a CPU figure under GPU time', () => {
    const { rows } = compareRuns(runs);
    expect(rows.map(({ cpuSeconds, gpuSeconds }) => [cpuSeconds, gpuSeconds])).toEqual([
      [41.25, null],
      [123.46, null],
      [null, 9.05],
    ]);
    expect(() => compareRuns([{ ...runs[0]!, device: 'tpu' as never }])).toThrow(
      /runs\[0\]\.device must be 'cpu' or 'gpu'/,
    );
  });

  it('writes an aligned plain-text table and prints it', () => {
    const print = vi.fn();
    const { text } = compareRuns(runs, { print });
    expect(text).toBe(
      [
        'Model    Parameters  Optimizer  Backend         CPU time      GPU time  Test accuracy  Test error',
        '-------  ----------  ---------  ----------  ------------  ------------  -------------  ----------',
        'mlp         101,770  sgd        cpu               41.2 s  not measured         97.81%       2.19%',
        'lenet5       61,706  adam       wasm             123.5 s  not measured         99.12%       0.88%',
        'cnn|big   1,199,882  rmsprop    tensorflow  not measured         9.1 s        100.00%       0.00%',
      ].join('\n'),
    );
    expect(print).toHaveBeenCalledExactlyOnceWith(text);
  });

  it('writes a Markdown table with numbers right-aligned and pipes escaped', () => {
    const { markdown } = compareRuns(runs, { digits: 1 });
    expect(markdown.split('\n')).toEqual([
      '| Model | Parameters | Optimizer | Backend | CPU time | GPU time | Test accuracy | Test error |',
      '| --- | ---: | --- | --- | ---: | ---: | ---: | ---: |',
      '| mlp | 101,770 | sgd | cpu | 41.2 s | not measured | 97.8% | 2.2% |',
      '| lenet5 | 61,706 | adam | wasm | 123.5 s | not measured | 99.1% | 0.9% |',
      '| cnn\\|big | 1,199,882 | rmsprop | tensorflow | not measured | 9.1 s | 100.0% | 0.0% |',
    ]);
  });

  it('rejects no runs, percentages given as accuracy and negative times', () => {
    expect(() => compareRuns([])).toThrow(EmptyInputError);
    expect(() => compareRuns([{ ...runs[0]!, testAccuracy: 97.8 }])).toThrow(
      expect.objectContaining({
        name: 'InvalidArgumentError',
        argument: 'runs[0].testAccuracy',
        value: 97.8,
      }),
    );
    expect(() => compareRuns([{ ...runs[0]!, trainingSeconds: -1 }])).toThrow(InvalidArgumentError);
    expect(() => compareRuns([{ ...runs[0]!, parameters: 1.5 }])).toThrow(
      /Received: runs\[0\].parameters=1.5$/,
    );
  });
});
