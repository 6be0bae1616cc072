import type { TeamKernels } from './thread-team';
import {
  kernelsBase64,
  memoryLimitsOffset,
  relaxedKernelsBase64,
  relaxedMemoryLimitsOffset,
} from './wasm-binary.generated';

/** The kernels' exports (pointers and sizes are byte offsets and counts in the imported memory). */
export interface KernelExports extends TeamKernels {
  gemm(...args: number[]): void;
  gemmScratchBytes(columns: number): number;
  dataEnd(): number;
}

/**
 * A build of the kernels: `'relaxed-simd'` (fused multiply-add; Node 22+, Chromium) or `'simd'` (plain
 * 128-bit SIMD, every engine with WebAssembly SIMD, e.g. Node 20).
 */
export type FusedKernelBuild = 'relaxed-simd' | 'simd';

const builds: Record<FusedKernelBuild, { base64: string; offset: number }> = {
  'relaxed-simd': { base64: relaxedKernelsBase64, offset: relaxedMemoryLimitsOffset },
  simd: { base64: kernelsBase64, offset: memoryLimitsOffset },
};

// Plain objects rather than Maps: bundlers keep a top-level `new Map()` even when nothing uses it.
const compiled: Partial<Record<string, Promise<WebAssembly.Module>>> = {};
const cache: { build?: FusedKernelBuild } = {};

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * The build this engine runs: relaxed SIMD where the WebAssembly engine validates that binary (feature
 * detection by validating the very module it would compile), plain SIMD otherwise.
 */
export function fusedKernelBuild(): FusedKernelBuild {
  cache.build ??= WebAssembly.validate(bytesOf(relaxedKernelsBase64)) ? 'relaxed-simd' : 'simd';
  return cache.build;
}

/**
 * The compiled kernels module for a shared (threads) or plain memory, compiled once per process; `build`
 * defaults to `fusedKernelBuild()`.
 */
export function kernelsModule(
  shared: boolean,
  build: FusedKernelBuild = fusedKernelBuild(),
): Promise<WebAssembly.Module> {
  const key = `${build} ${shared ? 'shared' : 'single'}`;
  let module = compiled[key];
  if (module === undefined) {
    const { base64, offset } = builds[build];
    const bytes = bytesOf(base64);
    // The build checks that this byte alone tells the two memory kinds apart (0x03 shared, 0x01 plain).
    if (!shared) bytes[offset] = 0x01;
    module = WebAssembly.compile(bytes);
    compiled[key] = module;
  }
  return module;
}

/** Instantiates the kernels over `memory`. */
export async function instantiateKernels(
  module: WebAssembly.Module,
  memory: WebAssembly.Memory,
): Promise<KernelExports> {
  const instance = await WebAssembly.instantiate(module, {
    env: {
      memory,
      abort: () => {
        throw new Error('fused kernels aborted');
      },
    },
  });
  return instance.exports as unknown as KernelExports;
}
