import type { TrainingCallback, TrainingContext, TrainingParams } from '@digitlab/trainer';
import { describe, expect, it } from 'vitest';
import { engineNote, trainingProgress } from './training-progress';

const params: TrainingParams = {
  epochs: 2,
  initialEpoch: 0,
  batchSize: 32,
  samples: 96,
  steps: 3,
  validationSamples: 10,
  loss: 'sparseCategoricalCrossentropy',
  optimizer: 'Adam',
  metrics: ['accuracy'],
};
const context = {
  params,
  backend: 'cpu',
  model: { name: 'tiny' },
  history: { engine: 'tfjs', threads: 1 },
} as unknown as TrainingContext;

/** Drives a reporter through a two-epoch run of three batches, as `fit` would. */
async function drive(callback: TrainingCallback): Promise<void> {
  await callback.onTrainBegin?.({ context, params });
  for (let epoch = 0; epoch < 2; epoch++) {
    await callback.onEpochBegin?.({ context, epoch, epochs: 2 });
    for (let batch = 0; batch < 3; batch++) {
      await callback.onBatchEnd?.({
        context,
        epoch,
        batch,
        batches: 3,
        size: 32,
        loss: 1 / (batch + 1),
        accuracy: 0.5,
        batchLoss: 1,
      });
    }
    const logs = { loss: 0.5, accuracy: 0.75, val_loss: 0.6, val_accuracy: 0.7 };
    await callback.onEpochEnd?.({ context, epoch, epochs: 2, logs, seconds: 0.3 });
  }
  await callback.onTrainEnd?.({ context, history: {} as never, stopReason: undefined });
}

function collector(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 120, write: (text: string) => chunks.push(text) } };
}

describe('trainingProgress', () => {
  it('writes only the header and one Keras-style line per epoch when the stream is not a terminal', async () => {
    const { chunks, stream } = collector(false);
    await drive(trainingProgress({ stream }));
    expect(chunks.join('')).toBe(
      'Training tiny on cpu: 96 samples, validating on 10, 3 batches of 32 per epoch, Adam\n' +
        'Epoch 1/2 - 3/3 - 0.3s 100ms/step - loss: 0.5000 - accuracy: 0.7500 - val_loss: 0.6000 - val_accuracy: 0.7000\n' +
        'Epoch 2/2 - 3/3 - 0.3s 100ms/step - loss: 0.5000 - accuracy: 0.7500 - val_loss: 0.6000 - val_accuracy: 0.7000\n',
    );
  });

  it('draws a live bar with batches, ETA, loss and accuracy on a terminal, then clears it for the line', async () => {
    const { chunks, stream } = collector(true);
    await drive(trainingProgress({ stream }));
    const output = chunks.join('');
    expect(output).toContain('Epoch 1/2 ');
    expect(output).toMatch(/3\/3 \| ETA \S+ \| loss 0\.3333 \| accuracy 0\.5000/);
    expect(output).toContain('\x1b[2K');
    expect(output).toMatch(/Epoch 2\/2 - 3\/3 - 0\.3s 100ms\/step/);
  });

  it('reports nothing without a stream', async () => {
    expect(trainingProgress({ stream: undefined })).toEqual({});
  });
});

describe('engineNote', () => {
  it('names the fused engine and its threads, and nothing for tfjs ops', () => {
    expect(engineNote({ engine: 'fused', threads: 2 })).toBe(' (fused engine, 2 threads)');
    expect(engineNote({ engine: 'fused', threads: 1 })).toBe(' (fused engine, 1 thread)');
    expect(engineNote({ engine: 'tfjs', threads: 1 })).toBe('');
  });
});
