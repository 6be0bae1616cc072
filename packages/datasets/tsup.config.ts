import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  external: [/^node:/, /^@tensorflow\//, /^@digitlab\//],
  // Keep `node:` so browser bundlers see Node built-ins (only imported lazily, inside Node-only loaders).
  removeNodeProtocol: false,
});
