import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-wasm';
import { BackendUnavailableError, setupBackend } from '@digitlab/trainer';
import { getBackend } from '@tensorflow/tfjs-core';
import type { BackendPreference } from './backend-preference';
import { useBundledWasm } from './wasm-paths';

/** The backend a page trains on, and why it is not WebGL when it is not. */
export interface PageBackend {
  /** `tf.getBackend()` once set up: `'webgl'` or `'wasm'`. */
  readonly name: string;
  /** Why WebGL was not used: the trainer's reason, or that the page asked for wasm. Undefined on WebGL. */
  readonly fallbackReason: string | undefined;
}

let pending: Promise<PageBackend> | undefined;

/**
 * Sets up the backend once per page session through the trainer's backend injection: WebGL, else wasm.
 * The backends are imported here (a bundle cannot import a package named only at run time), so
 * `setupBackend` finds them registered and only selects, initialises and prepares one.
 */
export function pageBackend(preference: BackendPreference): Promise<PageBackend> {
  pending ??= selectBackend(preference);
  return pending;
}

async function selectBackend(preference: BackendPreference): Promise<PageBackend> {
  useBundledWasm();
  let fallbackReason = 'the page asked for wasm (?backend=wasm)';
  if (preference === 'webgl') {
    try {
      await setupBackend('webgl');
      return { name: getBackend(), fallbackReason: undefined };
    } catch (error) {
      if (!(error instanceof BackendUnavailableError)) throw error;
      fallbackReason = error.attempts.map((attempt) => attempt.reason).join('; ');
    }
  }
  await setupBackend('wasm');
  return { name: getBackend(), fallbackReason };
}
