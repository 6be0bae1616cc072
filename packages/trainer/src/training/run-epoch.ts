import { golden32 } from '@digitlab/spec';
import * as tf from '@tensorflow/tfjs-core';
import type { CallbackList } from '../callbacks/callback-list';
import type { TrainingContext } from '../callbacks/training-callback';
import type { BatchBuilder } from '../data/batch-builder';
import { NonFiniteLossError } from '../errors/non-finite-loss-error';
import type { FusedEngine } from '../fused/fused-engine';
import type { EpochLogs } from '../history/history';
import { evaluateSet } from './evaluate-set';
import type { FitPlan } from './fit-plan';
import { trainStep } from './train-step';
import type { YieldControl } from './yield-control';

/** What one epoch needs besides the plan. */
export interface EpochRun {
  readonly plan: FitPlan;
  readonly context: TrainingContext;
  readonly callbacks: CallbackList;
  readonly builder: BatchBuilder;
  /** The fused engine, when it computes the batches instead of tfjs ops. */
  readonly engine: FusedEngine | undefined;
  readonly yieldControl: YieldControl;
  readonly signal: AbortSignal | undefined;
  /** Whether training should stop after the current batch (a callback called `stopTraining`). */
  readonly stopping: () => boolean;
}

/**
 * Trains one epoch over `order` and validates, the fused engine's dropout masks seeded from `dropoutSeed`
 * (the epoch's, which `fit` derives; batch `b` uses `dropoutSeed ^ (b + 1) * golden32`); the epoch's logs, `'aborted'` when the signal fired before a
 * batch, or undefined when a callback stopped training before the first batch.
 */
export async function runEpoch(
  run: EpochRun,
  epoch: number,
  order: Uint32Array,
  dropoutSeed: number,
): Promise<EpochLogs | 'aborted' | undefined> {
  const { plan, context, callbacks, yieldControl, signal, engine } = run;
  const { batchSize, withAccuracy } = plan;
  const steps = context.params.steps;
  const wantsBatchBegin = callbacks.has('onBatchBegin');
  let lossSum = 0;
  let correctSum = 0;
  let seen = 0;
  try {
    for (let batchIndex = 0; batchIndex < steps && !run.stopping(); batchIndex++) {
      if (signal?.aborted) return 'aborted';
      const start = batchIndex * batchSize;
      const end = Math.min(start + batchSize, order.length);
      const position = { context, epoch, batch: batchIndex, batches: steps, size: end - start };
      if (wantsBatchBegin) await callbacks.emit('onBatchBegin', position);
      const step =
        engine === undefined
          ? await tfjsStep(run, order, start, end)
          : engine.step(order, start, end, dropoutSeed ^ Math.imul(batchIndex + 1, golden32));
      if (plan.stopOnNonFiniteLoss && !Number.isFinite(step.loss)) {
        throw new NonFiniteLossError(epoch, batchIndex, step.loss, context.history);
      }
      lossSum += step.loss * position.size;
      correctSum += step.correct;
      seen += position.size;
      const accuracy = withAccuracy ? correctSum / seen : undefined;
      await callbacks.emit('onBatchEnd', {
        ...position,
        loss: lossSum / seen,
        accuracy,
        batchLoss: step.loss,
      });
      await yieldControl.afterBatch();
    }
  } finally {
    await engine?.syncToModel();
  }
  if (seen === 0) return undefined;
  const logs: EpochLogs = { loss: lossSum / seen };
  if (withAccuracy) logs.accuracy = correctSum / seen;
  if (plan.validation !== undefined) {
    const { loss } = plan;
    const { set, order: validationOrder } = plan.validation;
    const scores = await evaluateSet(
      context.model,
      set,
      validationOrder,
      batchSize,
      loss,
      withAccuracy,
      yieldControl,
    );
    logs.val_loss = scores.loss;
    if (withAccuracy) logs.val_accuracy = scores.accuracy;
  }
  return logs;
}

/** One batch through tfjs ops and autodiff: its mean loss and number of correct predictions. */
async function tfjsStep(
  run: EpochRun,
  order: Uint32Array,
  start: number,
  end: number,
): Promise<{ loss: number; correct: number }> {
  const { plan, context, builder } = run;
  const batch = builder.build(order, start, end);
  let step: ReturnType<typeof trainStep>;
  try {
    step = trainStep(context.model, context.optimizer, plan.loss, batch, plan.withAccuracy);
  } finally {
    tf.dispose([batch.x, batch.targets!]);
  }
  const [lossValue, correctValue] = await Promise.all([step.loss.data(), step.correct?.data()]);
  tf.dispose([step.loss, step.correct!]);
  return { loss: lossValue[0]!, correct: correctValue?.[0] ?? 0 };
}
