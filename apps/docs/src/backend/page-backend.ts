import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-wasm';
import { type BackendDevice, BackendUnavailableError, setupBackend } from '@digitlab/trainer';
import type { BackendPreference } from './backend-preference';
import { useBundledWasm } from './wasm-paths';

/** The backend a page trains on, and why. */
export interface PageBackend {
  /** The backend set up: `'webgl'` or `'wasm'`. */
  readonly name: 'webgl' | 'wasm';
  /** What the page asked for: the automatic choice or a backend forced with `?backend=`. */
  readonly preference: BackendPreference;
  /** Where it computes: WebGL on a software renderer computes on the CPU. */
  readonly device: BackendDevice;
  /** Why this backend, in a sentence that follows "because". */
  readonly reason: string;
}

let pending: Promise<PageBackend> | undefined;

/**
 * Sets up the backend once per page session through the trainer's backend injection. By default
 * `setupBackend('auto')` chooses between WebGL and wasm: WebGL on a real GPU, wasm (with the fused engine)
 * where WebGL only renders in software (SwiftShader, llvmpipe: what browsers fall back to without a
 * usable GPU). `?backend=webgl` or `?backend=wasm` forces one. The backends are imported here (a bundle
 * cannot import a package named only at run time), so `setupBackend` finds them registered.
 */
export function pageBackend(preference: BackendPreference): Promise<PageBackend> {
  pending ??= selectBackend(preference);
  return pending;
}

async function selectBackend(preference: BackendPreference): Promise<PageBackend> {
  useBundledWasm();
  if (preference === 'auto') {
    const info = await setupBackend('auto', { candidates: ['webgl', 'wasm'] });
    const name = info.name as PageBackend['name'];
    const reason =
      name === 'webgl'
        ? `WebGL runs on the GPU here (${info.device.description})`
        : `WebGL was passed over: ${info.passedOver.map((attempt) => attempt.reason).join('; ')}`;
    return { name, preference, device: info.device, reason };
  }
  const forced = `the page asked for it (?backend=${preference})`;
  try {
    const info = await setupBackend(preference);
    return { name: preference, preference, device: info.device, reason: forced };
  } catch (error) {
    if (!(error instanceof BackendUnavailableError) || preference === 'wasm') throw error;
    const why = error.attempts.map((attempt) => attempt.reason).join('; ');
    const info = await setupBackend('wasm');
    return { name: 'wasm', preference, device: info.device, reason: `WebGL was asked for but ${why}` };
  }
}
