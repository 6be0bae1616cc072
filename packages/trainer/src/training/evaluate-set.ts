import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';
import { BatchBuilder } from '../data/batch-builder';
import type { SampleSet } from '../data/samples';
import { countCorrect } from '../losses/accuracy';
import { computeLoss, type LossName } from '../losses/loss';
import type { YieldControl } from './yield-control';

/** Loss and accuracy of a data set, averaged over samples. */
export interface SetScores {
  readonly loss: number;
  readonly accuracy: number | undefined;
}

/** Runs the model over `order` (or all samples) in inference mode, batch by batch. */
export async function evaluateSet(
  model: TrainableModel,
  set: SampleSet,
  order: Uint32Array | undefined,
  batchSize: number,
  loss: LossName,
  withAccuracy: boolean,
  yieldControl: YieldControl | undefined,
): Promise<SetScores> {
  const count = order?.length ?? set.count;
  const builder = new BatchBuilder(set, model.inputShape, batchSize);
  let lossSum = 0;
  let correctSum = 0;
  for (let start = 0; start < count; start += batchSize) {
    const batch = builder.build(order, start, Math.min(start + batchSize, count));
    const [batchLoss, correct] = tf.tidy(() => {
      const probabilities = model.apply(batch.x, { training: false });
      const value = computeLoss(loss, probabilities, batch.targets!);
      return [value, withAccuracy ? countCorrect(loss, probabilities, batch.targets!) : tf.scalar(0)];
    });
    tf.dispose([batch.x, batch.targets!]);
    const [lossValue, correctValue] = await Promise.all([batchLoss.data(), correct.data()]);
    tf.dispose([batchLoss, correct]);
    lossSum += lossValue[0]! * batch.size;
    correctSum += correctValue[0]!;
    await yieldControl?.afterBatch();
  }
  return { loss: lossSum / count, accuracy: withAccuracy ? correctSum / count : undefined };
}
