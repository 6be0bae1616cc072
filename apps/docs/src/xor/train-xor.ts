import { evaluate, fit, type History } from '@digitlab/trainer';
import type { XorExample } from './xor-example';

/** One epoch's numbers, as the page shows them. */
export interface XorEpoch {
  /** Zero-based epoch. */
  readonly epoch: number;
  readonly epochs: number;
  readonly loss: number;
  readonly accuracy: number;
}

/** Options of {@link trainXor}. */
export interface TrainXorOptions {
  /**
   * Passes over the points. Bounded, so the page (and its test) always finishes.
   * @default 30
   */
  epochs?: number;
  /**
   * Adam's step size.
   * @default 0.05
   */
  learningRate?: number;
  /**
   * Points per gradient step.
   * @default 64
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
   * Called after every epoch and awaited, e.g. to redraw the decision boundary.
   * @default undefined
   */
  onEpoch?: (epoch: XorEpoch) => void | Promise<void>;
}

/** What a finished run reports. */
export interface XorResult {
  readonly history: History;
  /** Accuracy of the trained model on all the points, in inference mode. */
  readonly accuracy: number;
  /** The tfjs backend that trained it. */
  readonly backend: string;
}

/**
 * Trains the example's MLP with `@digitlab/trainer` on whatever backend is set up. `fit` gives the event
 * loop a turn every 16 ms, so the page keeps repainting while it learns.
 */
export async function trainXor(example: XorExample, options: TrainXorOptions = {}): Promise<XorResult> {
  const { epochs = 30, learningRate = 0.05, batchSize = 64, seed = 1, signal, onEpoch } = options;
  const data = { x: example.data.points, y: example.data.labels };
  const history = await fit(example.model, data, {
    epochs,
    batchSize,
    optimizer: 'adam',
    learningRate,
    seed,
    signal,
    callbacks: [
      {
        onEpochEnd: ({ epoch, epochs: total, logs }) =>
          onEpoch?.({ epoch, epochs: total, loss: logs.loss, accuracy: logs.accuracy ?? Number.NaN }),
      },
    ],
  });
  const evaluation = await evaluate(example.model, data, { batchSize: 256 });
  return { history, accuracy: evaluation.accuracy ?? Number.NaN, backend: history.backend };
}
