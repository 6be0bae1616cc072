/** Which backend a page asks the trainer for. */
export type BackendPreference = 'webgl' | 'wasm';

/**
 * Reads the `?backend=wasm` query parameter that forces the fallback (so the wasm path can be tried, and
 * tested, on a machine that has WebGL); anything else means WebGL first.
 */
export function backendPreference(search: string): BackendPreference {
  return new URLSearchParams(search).get('backend') === 'wasm' ? 'wasm' : 'webgl';
}
