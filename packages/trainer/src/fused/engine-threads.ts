import { nodeBuiltin } from '@digitlab/spec';
import type { LayerSpec } from './describe-layers';
import { layerKind } from './plan-layout';

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

/** The machine's thread count: up to 4 cores in Node; in browsers only with SharedArrayBuffer. */
function machineThreads(): number {
  const scope = globalThis as { crossOriginIsolated?: boolean; navigator?: { hardwareConcurrency?: number } };
  const os = nodeBuiltin<{ availableParallelism(): number }>('node:os');
  if (os !== undefined) return Math.min(4, os.availableParallelism());
  if (scope.crossOriginIsolated !== true) return 1;
  return Math.min(4, scope.navigator?.hardwareConcurrency ?? 1);
}

/**
 * The fused engine's thread count for batches of `batchSize` rows through `specs`: `requested`
 * (`FitOptions.threads`) or the machine's, 1 by default for models too small to gain from threads, and
 * never more than a batch's rows (a thread without rows would only wait).
 */
export function engineThreads(
  requested: number | undefined,
  specs: readonly LayerSpec[],
  batchSize: number,
): number {
  const small = multiplyAdds(specs, batchSize) < threadingThreshold;
  const threads = requested ?? (small ? 1 : machineThreads());
  return Math.min(threads, batchSize);
}
