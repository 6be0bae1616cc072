import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';
import { FusedEngineError } from '../errors/fused-engine-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { describeLayers } from '../fused/describe-layers';
import { engineThreads } from '../fused/engine-threads';
import { FusedEngine, type FusedEnginePlan } from '../fused/fused-engine';
import { describeOptimizer } from '../fused/fused-optimizer';
import { type EngineUse, type FitEngine, fitEngines } from '../history/engine-use';
import type { FitPlan } from './fit-plan';

/** Backends whose per-op cost the fused engine beats; on the others `'auto'` keeps tfjs. */
const fusedBackends: readonly string[] = ['wasm', 'cpu'];

/** The most memory the engine lays out (activations, im2col buffers and gradients of every thread). */
const maxEngineBytes = 2 ** 31;

/**
 * The part of `fit`'s plan made once a checkpoint is restored (the fused optimizer reads the optimizer's
 * state): the engine and its threads, resolved here once, and the fused engine's memory, laid out once.
 */
export interface EnginePlan extends EngineUse {
  /** The fused engine, laid out and ready to start; undefined for tfjs ops. */
  readonly fused: FusedEnginePlan | undefined;
}

const tfjsOps: EnginePlan = { engine: 'tfjs', threads: 1, fused: undefined };

/** Checks `engine` and `threads`, and plans the fused engine when it is asked for or `'auto'` picks it. */
export async function planEngine(
  model: TrainableModel,
  plan: FitPlan,
  options: { engine?: FitEngine; threads?: number },
): Promise<EnginePlan> {
  const { engine = 'auto', threads } = options;
  if (!fitEngines.includes(engine)) {
    throw new InvalidOptionError('fit', 'engine', `must be one of ${fitEngines.join(', ')}`, engine);
  }
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) {
    throw new InvalidOptionError('fit', 'threads', 'must be an integer >= 1', threads);
  }
  if (engine === 'tfjs' || (engine === 'auto' && !fusedBackends.includes(tf.getBackend()))) return tfjsOps;
  const fused = await planFused(model, plan, threads);
  if (typeof fused !== 'string') return { engine: 'fused', threads: fused.setup.threads, fused };
  if (engine === 'auto') return tfjsOps;
  throw new FusedEngineError(fused, "use engine: 'auto' or 'tfjs' for this model", "engine: 'fused'");
}

/** The fused engine laid out to train `model` as `plan` says, or why it cannot. */
async function planFused(
  model: TrainableModel,
  plan: FitPlan,
  requestedThreads: number | undefined,
): Promise<FusedEnginePlan | string> {
  const layers = describeLayers(model, plan.loss);
  if ('unsupported' in layers) return layers.unsupported;
  const fusedOptimizer = describeOptimizer(plan.optimizer);
  if ('unsupported' in fusedOptimizer) return fusedOptimizer.unsupported;
  // A batch never holds more than the training samples, whatever batchSize says.
  const batchSize = Math.min(plan.batchSize, plan.trainOrder.length);
  const fused = await FusedEngine.plan({
    specs: layers.specs,
    loss: plan.loss,
    optimizer: plan.optimizer,
    fusedOptimizer,
    set: plan.set,
    batchSize,
    threads: engineThreads(requestedThreads, layers.specs, batchSize),
  });
  if (fused.layout.bytes > maxEngineBytes) {
    const gib = (fused.layout.bytes / 2 ** 30).toFixed(1);
    return `batches of ${batchSize} need ${gib} GiB of engine memory, over its 2 GiB; use a smaller batchSize`;
  }
  return fused;
}
