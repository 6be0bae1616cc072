import type { History } from '@digitlab/trainer';
import { describe, expect, it } from 'vitest';
import { historyCsv, historyDocument } from './history-files';

const history = {
  epoch: [0, 1],
  history: { loss: [0.9, 0.5], accuracy: [0.6, 0.8] },
  seconds: [1.5, 1.25],
  backend: 'cpu',
  engine: 'fused',
  threads: 2,
  seed: 3,
  params: { epochs: 2 },
  stopReason: undefined,
} as unknown as History;

describe('history files', () => {
  it('history.csv has a row per epoch, numbered from 1, with only the logged columns', () => {
    expect(historyCsv(history)).toBe('epoch,loss,accuracy,seconds\n1,0.9,0.6,1.5\n2,0.5,0.8,1.25\n');
  });

  it('history.json keeps the Keras history, timing, backend, engine, threads and seed', () => {
    expect(JSON.parse(JSON.stringify(historyDocument(history)))).toEqual({
      epoch: [0, 1],
      history: { loss: [0.9, 0.5], accuracy: [0.6, 0.8] },
      seconds: [1.5, 1.25],
      params: { epochs: 2 },
      backend: 'cpu',
      engine: 'fused',
      threads: 2,
      seed: 3,
      stopReason: null,
    });
  });
});
