import {
  getKernel,
  type KernelBackend,
  type NamedAttrMap,
  type NamedTensorInfoMap,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { KernelInputError } from '../errors/kernel-input-error';

/** The backends our supplementary kernels run on. */
export type KernelBackendName = 'wasm' | 'cpu';

/**
 * What a supplementary kernel needs from a backend: float32 views on tensor data, fresh buffers, and the
 * backend's own kernels. It hides the one difference that matters here, where the data lives (the wasm
 * heap or plain JS arrays), so each kernel is written once for both backends.
 */
export interface KernelStorage {
  /** The backend's name. */
  readonly backendName: KernelBackendName;
  /** A float32 view on a tensor's data. On wasm it is only valid until the next {@link allocate}. */
  view(info: TensorInfo): Float32Array;
  /** A new float32 tensor of `shape` whose contents are undefined until written through {@link view}. */
  allocate(shape: readonly number[]): TensorInfo;
  /** Frees an intermediate tensor. */
  release(info: TensorInfo): void;
  /** Runs one of the backend's own kernels on tensor infos. */
  run(kernelName: string, inputs: NamedTensorInfoMap, attrs: NamedAttrMap): TensorInfo;
}

interface WasmBackend extends KernelBackend {
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array;
}

interface CpuBackend extends KernelBackend {
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfo;
}

/** Wraps a backend instance for the supplementary kernels. */
export function createKernelStorage(backendName: KernelBackendName, backend: KernelBackend): KernelStorage {
  const run = (kernelName: string, inputs: NamedTensorInfoMap, attrs: NamedAttrMap): TensorInfo => {
    const config = getKernel(kernelName, backendName);
    if (config === undefined) {
      throw new KernelInputError(kernelName, backendName, 'is needed and not registered', 'none');
    }
    return config.kernelFunc({ inputs, attrs, backend }) as TensorInfo;
  };
  const release = (info: TensorInfo): void => {
    backend.disposeData(info.dataId);
  };
  if (backendName === 'wasm') {
    const wasm = backend as WasmBackend;
    return {
      backendName,
      view: (info) => wasm.typedArrayFromHeap(info),
      allocate: (shape) => wasm.makeOutput([...shape], 'float32'),
      release,
      run,
    };
  }
  const cpu = backend as CpuBackend;
  return {
    backendName,
    view: (info) => cpu.readSync(info.dataId) as Float32Array,
    allocate: (shape) => cpu.makeTensorInfo([...shape], 'float32', new Float32Array(sizeOf(shape))),
    release,
    run,
  };
}

/** Number of elements of a shape. */
export function sizeOf(shape: readonly number[]): number {
  let size = 1;
  for (const dimension of shape) size *= dimension;
  return size;
}
