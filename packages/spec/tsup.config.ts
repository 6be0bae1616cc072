import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entries: `model` is the only one that names tfjs-core types, so the root entry (all that datasets and
  // metrics import) stays free of them.
  entry: ['src/index.ts', 'src/model.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  external: [/^node:/, /^@tensorflow\//],
});
