import { type Ref, ref, shallowRef } from 'vue';
import type { PageBackend } from '../../../../src/backend/page-backend';

/** The page's backend, as reactive state for the backend note. */
export interface PageBackendState {
  readonly backend: Ref<PageBackend | undefined>;
  readonly error: Ref<string | undefined>;
  /** Sets the backend up (once per page session); call from `onMounted`, never during SSR. */
  start(): Promise<PageBackend>;
}

/**
 * Sets up the page's backend through `@digitlab/trainer`: WebGL on a real GPU, else wasm; `?backend=`
 * forces one. tfjs and its backends are imported only here, on demand in the browser, so the static build
 * never evaluates them and other pages never load them.
 */
export function usePageBackend(): PageBackendState {
  const backend = shallowRef<PageBackend>();
  const error = ref<string>();
  async function start(): Promise<PageBackend> {
    try {
      const [{ pageBackend }, { backendPreference }] = await Promise.all([
        import('../../../../src/backend/page-backend'),
        import('../../../../src/backend/backend-preference'),
      ]);
      backend.value = await pageBackend(backendPreference(window.location.search));
      return backend.value;
    } catch (failure) {
      error.value = failure instanceof Error ? failure.message : String(failure);
      throw failure;
    }
  }
  return { backend, error, start };
}
