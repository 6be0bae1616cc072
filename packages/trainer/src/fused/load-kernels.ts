import { kernelsBase64, memoryLimitsOffset } from './wasm-binary.generated';

/** The kernels' exports (pointers and sizes are byte offsets and counts in the imported memory). */
export interface KernelExports {
  forwardBackward(plan: number, thread: number): void;
  update(plan: number, thread: number): void;
  gemm(...args: number[]): void;
  gemmScratchBytes(columns: number): number;
  dataEnd(): number;
}

// A plain object rather than a Map: bundlers keep a top-level `new Map()` even when nothing uses it.
const compiled: { shared?: Promise<WebAssembly.Module>; single?: Promise<WebAssembly.Module> } = {};

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The compiled kernels module for a shared (threads) or plain memory, compiled once per process. */
export function kernelsModule(shared: boolean): Promise<WebAssembly.Module> {
  const kind = shared ? 'shared' : 'single';
  let module = compiled[kind];
  if (module === undefined) {
    const bytes = bytesOf(kernelsBase64);
    // The build checks that this byte alone tells the two memory kinds apart (0x03 shared, 0x01 plain).
    if (!shared) bytes[memoryLimitsOffset] = 0x01;
    module = WebAssembly.compile(bytes);
    compiled[kind] = module;
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
