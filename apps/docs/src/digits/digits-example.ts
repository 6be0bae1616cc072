import { type ImageDataset, loadDigits, trainTestSplit } from '@digitlab/datasets';
import { oneStageCnn, perceptron, type Sequential } from '@digitlab/models';

/** The two digits models small enough to train in a page in seconds. */
export type DigitsModelName = 'perceptron' | 'one-stage-cnn';

/** Options of {@link createDigitsExample}. */
export interface DigitsExampleOptions {
  /**
   * `perceptron` (dense 10 softmax on the 64 pixels, 650 weights) or `one-stage-cnn` (5 filters of 3x3,
   * max pooling, dense 10; 510 weights).
   * @default 'perceptron'
   */
  model?: DigitsModelName;
  /**
   * Share of the 1,797 digits held out for the test set (stratified, as scikit-learn's `train_test_split`).
   * @default 0.2
   */
  testSize?: number;
  /**
   * Seed of the split and of the initial weights.
   * @default 42
   */
  seed?: number;
}

/** The embedded digits split for training and testing, and an untrained model. */
export interface DigitsExample {
  readonly train: ImageDataset;
  readonly test: ImageDataset;
  readonly model: Sequential;
}

/** Loads the embedded 8x8 digits (no download), splits them and builds the chosen lab model. */
export function createDigitsExample(options: DigitsExampleOptions = {}): DigitsExample {
  const { model = 'perceptron', testSize = 0.2, seed = 42 } = options;
  const { train, test } = trainTestSplit(loadDigits(), { testSize, seed, stratify: true });
  return { train, test, model: model === 'perceptron' ? perceptron({ seed }) : oneStageCnn({ seed }) };
}
