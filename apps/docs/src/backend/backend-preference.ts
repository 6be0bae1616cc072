/** Which backend a page asks the trainer for: the automatic choice, or one forced by the address. */
export type BackendPreference = 'auto' | 'webgl' | 'wasm';

/**
 * Reads the `?backend=` query parameter: `webgl` or `wasm` force that backend (so either path can be tried,
 * and tested, on any machine); anything else leaves the choice to `setupBackend('auto')`.
 */
export function backendPreference(search: string): BackendPreference {
  const asked = new URLSearchParams(search).get('backend');
  return asked === 'webgl' || asked === 'wasm' ? asked : 'auto';
}
