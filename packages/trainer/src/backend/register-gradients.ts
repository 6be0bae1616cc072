import { getGradient } from '@tensorflow/tfjs-core';
import { TrainerError } from '../errors/trainer-error';
import { nodeModuleApi, registerTfjsCoreResolveHook } from './node-resolve-hook';

/** Kernels whose gradients every model here needs; if all are registered, someone registered them all. */
const sentinelKernels = ['Sum', 'BatchMatMul', 'Conv2D', 'Softmax', 'Relu', 'MaxPool', 'AvgPool', 'Reshape'];

/** Whether tfjs-core's gradient functions are registered in this process. */
export function gradientsRegistered(): boolean {
  return sentinelKernels.every((kernelName) => getGradient(kernelName) !== undefined);
}

/**
 * Registers all of tfjs-core's gradient functions, which its Node build leaves out (a loop on tfjs-core
 * alone fails with "gradient function not found for Sum"). Idempotent; `setupBackend` calls it. Bundlers
 * resolve `@tensorflow/tfjs-core/dist/register_all_gradients` directly; plain Node needs a resolve hook
 * (see node-resolve-hook.ts) because that module's own imports have no file extensions.
 */
export async function registerGradients(): Promise<void> {
  if (gradientsRegistered()) return;
  const api = nodeModuleApi();
  if (api !== undefined) {
    registerTfjsCoreResolveHook(api);
    await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
  } else {
    await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  }
  if (!gradientsRegistered()) {
    throw new TrainerError(
      'Loaded @tensorflow/tfjs-core/dist/register_all_gradients but the gradients are still missing; ' +
        'make sure only one version of @tensorflow/tfjs-core is installed. Received: missing gradients for ' +
        sentinelKernels.filter((kernelName) => getGradient(kernelName) === undefined).join(', '),
    );
  }
}
