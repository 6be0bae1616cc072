import {
  getKernel,
  type KernelBackend,
  type KernelFunc,
  registerKernel,
  unregisterKernel,
} from '@tensorflow/tfjs-core';
import { batchMatMulKernel } from './batch-mat-mul';
import { conv2dBackpropFilterKernel } from './conv2d-backprop-filter';
import { conv2dBackpropFilterByConvKernel } from './conv2d-backprop-filter-conv';
import { conv2dBackpropInputKernel } from './conv2d-backprop-input';
import { createKernelStorage, type KernelBackendName, type KernelStorage } from './kernel-storage';
import { maxPoolGradKernel } from './max-pool-grad';

/** One kernel the trainer supplies, and why. */
export interface SupplementaryKernel {
  /** tfjs kernel name, e.g. `'Conv2DBackpropFilter'`. */
  readonly kernelName: string;
  /** Backend it is registered for. */
  readonly backendName: KernelBackendName;
  /** `'missing'`: the backend has none; `'faster'`: it replaces (or wraps) the backend's slower one. */
  readonly reason: 'missing' | 'faster';
}

type Factory = (
  makeStorage: (backend: object) => KernelStorage,
  original: KernelFunc | undefined,
) => KernelFunc;

interface Entry extends SupplementaryKernel {
  readonly create: Factory;
}

// Measured on LeNet-5, batch 128 (see README "Kernels"); each is tested against the stock cpu kernel.
const entries: readonly Entry[] = [
  // tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter, so CNNs cannot train on it at all.
  {
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    reason: 'missing',
    create: conv2dBackpropFilterByConvKernel,
  },
  // wasm's own is a plain loop, ~4x slower than this reformulation on its XNNPACK Conv2D.
  {
    kernelName: 'Conv2DBackpropInput',
    backendName: 'wasm',
    reason: 'faster',
    create: conv2dBackpropInputKernel,
  },
  { kernelName: 'MaxPoolGrad', backendName: 'wasm', reason: 'faster', create: maxPoolGradKernel },
  {
    kernelName: 'BatchMatMul',
    backendName: 'wasm',
    reason: 'faster',
    create: (makeStorage, original) => batchMatMulKernel(makeStorage, original!),
  },
  // cpu's is a direct 7-deep loop, ~90% of a LeNet-5 step; im2col + its blocked matmul is ~60x faster.
  {
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'cpu',
    reason: 'faster',
    create: conv2dBackpropFilterKernel,
  },
  { kernelName: 'MaxPoolGrad', backendName: 'cpu', reason: 'faster', create: maxPoolGradKernel },
];

const ownKernels = new WeakSet<object>();

/** Kernels the trainer registers for a backend; empty for backends that need none. */
export function supplementaryKernelsFor(backendName: string): SupplementaryKernel[] {
  return entries
    .filter((entry) => entry.backendName === backendName)
    .map(({ kernelName, backendName: backend, reason }) => ({ kernelName, backendName: backend, reason }));
}

/**
 * Registers the trainer's kernels for `backendName` (`'wasm'` or `'cpu'`; other backends need none) and
 * returns them. Idempotent. `setupBackend` calls it; call it yourself only if you set the backend up
 * without `setupBackend`.
 */
export function registerTrainerKernels(backendName: string): SupplementaryKernel[] {
  for (const entry of entries) {
    if (entry.backendName !== backendName) continue;
    const existing = getKernel(entry.kernelName, entry.backendName);
    if (existing !== undefined && ownKernels.has(existing.kernelFunc)) continue;
    if (existing !== undefined) unregisterKernel(entry.kernelName, entry.backendName);
    const backend = entry.backendName;
    const kernelFunc = entry.create(
      (instance) => createKernelStorage(backend, instance as KernelBackend),
      existing?.kernelFunc,
    );
    ownKernels.add(kernelFunc);
    // A wrapped wasm kernel's setupFunc binds its C++ entry point when the backend initialises; keep it.
    registerKernel({
      kernelName: entry.kernelName,
      backendName: backend,
      kernelFunc,
      setupFunc: existing?.setupFunc,
      disposeFunc: existing?.disposeFunc,
    });
  }
  return supplementaryKernelsFor(backendName);
}
