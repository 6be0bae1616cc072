import { defineConfig, type Options } from 'tsup';

/**
 * The build every library package shares: ESM with types and source maps, platform-neutral (they run in
 * Node and in browsers), with tfjs, other digitlab packages and Node built-ins left as imports. `node:` is
 * kept so browser bundlers see the Node built-ins (imported lazily, only on Node paths) for what they are.
 */
export function libraryConfig(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    removeNodeProtocol: false,
    external: [/^node:/, /^@tensorflow\//, /^@digitlab\//],
    ...overrides,
  });
}
