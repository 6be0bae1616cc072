import { fit, type History } from '@digitlab/trainer';
import type { DigitsExample } from './digits-example';

/** One epoch's numbers, as the page plots them. */
export interface DigitsEpoch {
  /** Zero-based epoch. */
  readonly epoch: number;
  readonly epochs: number;
  readonly loss: number;
  readonly accuracy: number;
  /** Loss on the held-out test digits. */
  readonly valLoss: number;
  /** Accuracy on the held-out test digits. */
  readonly valAccuracy: number;
}

/** Options of {@link trainDigits}. */
export interface TrainDigitsOptions {
  /**
   * Passes over the training digits.
   * @default 10
   */
  epochs?: number;
  /**
   * Adam's step size.
   * @default 0.01
   */
  learningRate?: number;
  /**
   * Digits per gradient step.
   * @default 32
   */
  batchSize?: number;
  /**
   * Seed of the shuffle order.
   * @default 1
   */
  seed?: number;
  /**
   * Stops training at the next batch (the promise then rejects with the trainer's `TrainingAbortedError`).
   * @default undefined
   */
  signal?: AbortSignal;
  /**
   * Called after every epoch, e.g. to extend the curves.
   * @default undefined
   */
  onEpoch?: (epoch: DigitsEpoch) => void | Promise<void>;
}

/**
 * Trains the example's model on its training digits with `@digitlab/trainer`, validating on the test
 * digits after each epoch. `fit` yields to the event loop every 16 ms, so the page stays responsive.
 */
export function trainDigits(example: DigitsExample, options: TrainDigitsOptions = {}): Promise<History> {
  const { epochs = 10, learningRate = 0.01, batchSize = 32, seed = 1, signal, onEpoch } = options;
  return fit(example.model, example.train, {
    epochs,
    batchSize,
    optimizer: 'adam',
    learningRate,
    seed,
    signal,
    validationData: example.test,
    callbacks: [
      {
        onEpochEnd: ({ epoch, epochs: total, logs }) =>
          onEpoch?.({
            epoch,
            epochs: total,
            loss: logs.loss,
            accuracy: logs.accuracy ?? Number.NaN,
            valLoss: logs.val_loss ?? Number.NaN,
            valAccuracy: logs.val_accuracy ?? Number.NaN,
          }),
      },
    ],
  });
}
