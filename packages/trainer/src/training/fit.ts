import { createRandom, shuffleInPlace } from '@digitlab/datasets';
import { deriveSeed } from '@digitlab/spec';
import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';
import { registerGradients } from '../backend/register-gradients';
import { CallbackList } from '../callbacks/callback-list';
import type { TrainingContext } from '../callbacks/training-callback';
import { restoreCheckpoint } from '../checkpoint/restore-checkpoint';
import { BatchBuilder } from '../data/batch-builder';
import { readTensorSamples } from '../data/read-tensor-samples';
import type { TrainingData } from '../data/samples';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { NonFiniteLossError } from '../errors/non-finite-loss-error';
import { TrainingAbortedError } from '../errors/training-aborted-error';
import { FusedEngine } from '../fused/fused-engine';
import type { EngineUse } from '../history/engine-use';
import { type History, recordEpoch } from '../history/history';
import { optimizerClassName } from '../optimizers/optimizer-internals';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import type { FitOptions } from './fit-options';
import { type FitPlan, planFit } from './fit-plan';
import { planEngine } from './plan-engine';
import { runEpoch } from './run-epoch';
import { YieldControl } from './yield-control';

const fitOptionKeys: OptionKeys<FitOptions> = {
  epochs: true,
  batchSize: true,
  optimizer: true,
  learningRate: true,
  loss: true,
  metrics: true,
  validationSplit: true,
  validationData: true,
  shuffle: true,
  seed: true,
  callbacks: true,
  signal: true,
  yieldEvery: true,
  resumeFrom: true,
  engine: true,
  threads: true,
  stopOnNonFiniteLoss: true,
};

/**
 * Trains `model` on `data` with Keras' semantics (`compile` + `fit` in one call) on whatever tfjs backend
 * is active (see `setupBackend`), and resolves to the {@link History}. Batches are gathered from the typed
 * arrays one at a time; afterwards `tf.memory().numTensors` is back to where it was, plus the state of an
 * optimizer instance passed in.
 *
 * @throws {InvalidOptionError} on a bad option; {@link TrainingDataError} when the data do not fit the model.
 * @throws {TrainingAbortedError} when `signal` aborts; {@link NonFiniteLossError} at the first NaN or infinite
 * batch loss (unless `stopOnNonFiniteLoss: false`), with the history of the epochs completed.
 */
export async function fit(
  model: TrainableModel,
  data: TrainingData,
  options: FitOptions = {},
): Promise<History> {
  checkOptionKeys('fit', options, fitOptionKeys);
  const { shuffle = true, callbacks = [], signal, yieldEvery = 'auto', resumeFrom } = options;
  const yieldControl = new YieldControl(yieldEvery);
  const { validationData } = options;
  const plan = planFit(model, await readTensorSamples(data, 'data'), {
    ...options,
    validationData:
      validationData === undefined ? undefined : await readTensorSamples(validationData, 'validationData'),
  });
  let engine: FusedEngine | undefined;
  try {
    if (resumeFrom !== undefined) {
      await restoreCheckpoint(resumeFrom, model, plan.optimizer, 'resumeFrom');
      if (resumeFrom.epoch > plan.epochs) {
        const requirement = `must be at least the checkpoint's ${resumeFrom.epoch} completed epochs`;
        throw new InvalidOptionError('fit', 'epochs', requirement, plan.epochs);
      }
    }
    const enginePlan = await planEngine(model, plan, options);
    if (enginePlan.fused !== undefined) engine = await FusedEngine.create(enginePlan.fused);
    // Autodiff needs tfjs-core's gradients; setupBackend may have been told to skip them.
    if (engine === undefined && model.computeGradients === undefined) await registerGradients();
    const history = startHistory(plan, resumeFrom, enginePlan);
    let stopReason: string | undefined;
    const context: TrainingContext = {
      model,
      optimizer: plan.optimizer,
      params: history.params,
      history,
      seed: plan.seed,
      backend: history.backend,
      stopTraining: (reason) => {
        stopReason ??= reason;
      },
    };
    const list = new CallbackList(callbacks);
    const builder = new BatchBuilder(plan.set, model.inputShape, plan.batchSize);
    const run = {
      plan,
      context,
      callbacks: list,
      builder,
      engine,
      yieldControl,
      signal,
      stopping: () => stopReason !== undefined,
    };
    await list.emit('onTrainBegin', { context, params: history.params });
    for (let epoch = history.params.initialEpoch; epoch < plan.epochs && stopReason === undefined; epoch++) {
      // The epoch's dropout seed, derived here only: the model's own dropout layers (tfjs ops) and the
      // fused engine's masks both start from it.
      const dropoutSeed = deriveSeed(plan.seed, 'dropout', epoch);
      model.setTrainingSeed?.(dropoutSeed);
      const order = shuffle
        ? shuffleInPlace(plan.trainOrder.slice(), createRandom(deriveSeed(plan.seed, 'shuffle', epoch)))
        : plan.trainOrder;
      await list.emit('onEpochBegin', { context, epoch, epochs: plan.epochs });
      const started = performance.now();
      const logs = await runEpoch(run, epoch, order, dropoutSeed).catch(async (error: unknown) => {
        if (error instanceof NonFiniteLossError) {
          history.stopReason = 'non-finite loss';
          await list.emit('onTrainEnd', { context, history, stopReason: history.stopReason });
        }
        throw error;
      });
      if (logs === 'aborted') {
        history.stopReason = 'aborted';
        await list.emit('onTrainEnd', { context, history, stopReason: 'aborted' });
        throw new TrainingAbortedError(history, signal!.reason);
      }
      if (logs === undefined) break;
      const seconds = (performance.now() - started) / 1000;
      recordEpoch(history, epoch, logs, seconds);
      await list.emit('onEpochEnd', { context, epoch, epochs: plan.epochs, logs, seconds });
      await yieldControl.afterEpoch();
    }
    history.stopReason = stopReason;
    await list.emit('onTrainEnd', { context, history, stopReason });
    return history;
  } finally {
    engine?.dispose();
    if (plan.ownsOptimizer) plan.optimizer.dispose();
  }
}

/** A new history, or the checkpoint's continued. */
function startHistory(
  plan: FitPlan,
  resumeFrom: FitOptions['resumeFrom'],
  { engine, threads }: EngineUse,
): History {
  return {
    epoch: [...(resumeFrom?.history.epoch ?? [])],
    history: structuredClone(resumeFrom?.history.history ?? { loss: [] }),
    seconds: [...(resumeFrom?.history.seconds ?? [])],
    backend: tf.getBackend(),
    seed: plan.seed,
    engine,
    threads,
    params: {
      epochs: plan.epochs,
      initialEpoch: resumeFrom?.epoch ?? 0,
      batchSize: plan.batchSize,
      samples: plan.trainOrder.length,
      steps: Math.ceil(plan.trainOrder.length / plan.batchSize),
      validationSamples:
        plan.validation === undefined ? 0 : (plan.validation.order?.length ?? plan.validation.set.count),
      loss: plan.loss,
      optimizer: optimizerClassName(plan.optimizer),
      metrics: plan.withAccuracy ? ['accuracy'] : [],
    },
    stopReason: undefined,
  };
}
