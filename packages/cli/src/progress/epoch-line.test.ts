import { describe, expect, it } from 'vitest';
import { epochLine, formatLogs, formatSeconds } from './epoch-line';

describe('epoch lines', () => {
  it("print the logs in Keras' order and format", () => {
    expect(formatLogs({ val_accuracy: 0.5, loss: 0.123456, accuracy: 0.9 })).toBe(
      'loss: 0.1235 - accuracy: 0.9000 - val_accuracy: 0.5000',
    );
  });

  it('end each epoch with batches, time per step and metrics', () => {
    expect(
      epochLine({
        epoch: 2,
        epochs: 10,
        steps: 38,
        seconds: 0.19,
        logs: { loss: 0.4028, accuracy: 0.9002, val_loss: 0.4906, val_accuracy: 0.8519 },
      }),
    ).toBe(
      'Epoch 3/10 - 38/38 - 0.2s 5ms/step - loss: 0.4028 - accuracy: 0.9002 - val_loss: 0.4906 - val_accuracy: 0.8519',
    );
  });

  it('format seconds, minutes and seconds', () => {
    expect([formatSeconds(0.04), formatSeconds(12.4), formatSeconds(185)]).toEqual(['0.0s', '12s', '3m 05s']);
  });
});
