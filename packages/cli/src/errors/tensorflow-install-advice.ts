/**
 * What to install for `--backend tensorflow`, as the CLI prints it. The versions are those of
 * @tensorflow/tfjs-node-gpu 4.22.0: its install script downloads libtensorflow 2.9.1
 * (`scripts/deps-constants.js`), which TensorFlow builds against CUDA 11.2 and cuDNN 8.1.
 */
export const tensorflowInstallAdvice = [
  'To train on an NVIDIA GPU (Linux x64 or Windows x64), install @tensorflow/tfjs-node-gpu where digitlab finds it:',
  '  npm install -g @tensorflow/tfjs-node-gpu   (or npm/pnpm/yarn add it to the project you run digitlab in)',
  '  It needs an NVIDIA driver >= 450.80, CUDA 11.2 and cuDNN 8.1 (its libtensorflow 2.9.1 was built with',
  '  them); its install downloads libtensorflow-gpu-<os>-x86_64-2.9.1 from storage.googleapis.com.',
  'For TensorFlow on the CPU instead: npm install -g @tensorflow/tfjs-node. Or pass --backend auto (wasm).',
  'See the backends guide for Windows notes and for installing without network access.',
].join('\n');
