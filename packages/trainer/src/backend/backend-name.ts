/** The tfjs backends the trainer can run on. */
export type BackendName = 'tensorflow' | 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** What `setupBackend` accepts: a backend, or `'auto'` for the fastest one that works here. */
export type BackendChoice = BackendName | 'auto';

/** Every backend, fastest first: the order `'auto'` tries them in. */
export const backendNames: readonly BackendName[] = ['tensorflow', 'webgpu', 'webgl', 'wasm', 'cpu'];

/** The npm packages that provide each backend, tried in order. */
export const backendPackages: Readonly<Record<BackendName, readonly string[]>> = {
  tensorflow: ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'],
  webgpu: ['@tensorflow/tfjs-backend-webgpu'],
  webgl: ['@tensorflow/tfjs-backend-webgl'],
  wasm: ['@tensorflow/tfjs-backend-wasm'],
  cpu: ['@tensorflow/tfjs-backend-cpu'],
};

/** Whether `value` names a backend. */
export function isBackendName(value: unknown): value is BackendName {
  return typeof value === 'string' && (backendNames as readonly string[]).includes(value);
}

/** Why a backend cannot run in this environment at all, or undefined if it might. */
export function environmentObstacle(name: BackendName): string | undefined {
  const scope = globalThis as {
    document?: unknown;
    OffscreenCanvas?: unknown;
    navigator?: { gpu?: unknown };
  };
  if (name === 'webgpu' && scope.navigator?.gpu === undefined) return 'this environment has no WebGPU';
  if (name === 'webgl' && scope.document === undefined && scope.OffscreenCanvas === undefined) {
    return 'this environment has no WebGL (no document or OffscreenCanvas)';
  }
  return undefined;
}
