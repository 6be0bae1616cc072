import { nodeBuiltin } from '@digitlab/spec';
import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';
import { FusedEngineError } from '../errors/fused-engine-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import type { FitEngine } from '../training/fit-options';
import type { FitPlan } from '../training/fit-plan';
import { describeLayers, type LayerSpec } from './describe-layers';
import { FusedEngine, type FusedEngineSetup } from './fused-engine';
import { describeOptimizer } from './fused-optimizer';
import { layerKind } from './plan-layout';

const engines: readonly FitEngine[] = ['auto', 'fused', 'tfjs'];

/** Backends whose per-op cost the fused engine beats; on the others `'auto'` keeps tfjs. */
const fusedBackends: readonly string[] = ['wasm', 'cpu'];

/** The most memory the engine lays out (activations, im2col buffers and gradients of every thread). */
const maxEngineBytes = 2 ** 31;

/** Multiply-adds per batch below which a second thread costs more in hand-offs than it saves. */
const threadingThreshold = 2e6;

function multiplyAdds(specs: readonly LayerSpec[], batchSize: number): number {
  const perSample = specs.reduce((total, spec) => {
    const [, , c = 0, oh = 0, ow = 0, oc = 0, kh = 0, kw = 0] = spec.geometry;
    if (spec.kind === layerKind.dense) return total + spec.inSize * spec.outSize;
    if (spec.kind === layerKind.conv) return total + oh * ow * oc * kh * kw * c;
    return total;
  }, 0);
  return perSample * batchSize;
}

/** The default thread count: up to 4 cores in Node; in browsers only with SharedArrayBuffer. */
export function defaultThreads(): number {
  const scope = globalThis as { crossOriginIsolated?: boolean; navigator?: { hardwareConcurrency?: number } };
  const os = nodeBuiltin<{ availableParallelism(): number }>('node:os');
  if (os !== undefined) return Math.min(4, os.availableParallelism());
  if (scope.crossOriginIsolated !== true) return 1;
  return Math.min(4, scope.navigator?.hardwareConcurrency ?? 1);
}

/** Checks `engine` and `threads`, and starts the fused engine when it is asked for or `'auto'` picks it. */
export async function startEngine(
  model: TrainableModel,
  plan: FitPlan,
  options: { engine?: FitEngine; threads?: number },
): Promise<FusedEngine | undefined> {
  const { engine = 'auto' } = options;
  const threads = options.threads ?? defaultThreads();
  if (!engines.includes(engine)) {
    throw new InvalidOptionError('fit', 'engine', `must be one of ${engines.join(', ')}`, engine);
  }
  if (!Number.isInteger(threads) || threads < 1) {
    throw new InvalidOptionError('fit', 'threads', 'must be an integer >= 1', threads);
  }
  if (engine === 'tfjs' || (engine === 'auto' && !fusedBackends.includes(tf.getBackend()))) return undefined;
  const setup = fusedSetup(model, plan, threads, options.threads === undefined);
  if (typeof setup === 'string') {
    if (engine === 'auto') return undefined;
    throw new FusedEngineError(setup, "use engine: 'auto' or 'tfjs' for this model", "engine: 'fused'");
  }
  return FusedEngine.create(setup);
}

/** What the engine needs to train `model` as `plan` says, or why it cannot. */
function fusedSetup(
  model: TrainableModel,
  plan: FitPlan,
  threads: number,
  defaultThreads: boolean,
): FusedEngineSetup | string {
  const layers = describeLayers(model, plan.loss);
  if ('unsupported' in layers) return layers.unsupported;
  const fusedOptimizer = describeOptimizer(plan.optimizer);
  if ('unsupported' in fusedOptimizer) return fusedOptimizer.unsupported;
  // A batch never holds more than the training samples, whatever batchSize says.
  const batchSize = Math.min(plan.batchSize, plan.trainOrder.length);
  const small = multiplyAdds(layers.specs, batchSize) < threadingThreshold;
  const setup: FusedEngineSetup = {
    specs: layers.specs,
    loss: plan.loss,
    optimizer: plan.optimizer,
    fusedOptimizer,
    set: plan.set,
    batchSize,
    threads: defaultThreads && small ? 1 : threads,
  };
  const bytes = FusedEngine.bytesNeeded(setup);
  if (bytes > maxEngineBytes) {
    const gib = (bytes / 2 ** 30).toFixed(1);
    return `batches of ${batchSize} need ${gib} GiB of engine memory, over its 2 GiB; use a smaller batchSize`;
  }
  return setup;
}
