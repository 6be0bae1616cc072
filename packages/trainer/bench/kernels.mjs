// Stock versus trainer kernels on LeNet-5's shapes at batch 128: median CPU milliseconds per call on wasm
// and cpu. Prints a table and writes bench-results/kernels.json. Part of `pnpm bench`.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { registerGradients, registerTrainerKernels } from '../dist/index.js';
import { median } from './time-steps.mjs';
import { writeJson } from './write-results.mjs';

const batch = 128;
const cases = [
  {
    kernel: 'Conv2DBackpropFilter',
    label: 'conv1 5x5, 1 -> 6',
    inputs: () => ({ x: [batch, 28, 28, 1], dy: [batch, 24, 24, 6] }),
    attrs: { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', filterShape: [5, 5, 1, 6] },
  },
  {
    kernel: 'Conv2DBackpropFilter',
    label: 'conv2 5x5, 6 -> 16',
    inputs: () => ({ x: [batch, 12, 12, 6], dy: [batch, 8, 8, 16] }),
    attrs: { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', filterShape: [5, 5, 6, 16] },
  },
  {
    kernel: 'Conv2DBackpropInput',
    label: 'conv2 5x5, 6 -> 16',
    inputs: () => ({ dy: [batch, 8, 8, 16], filter: [5, 5, 6, 16] }),
    attrs: { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', inputShape: [batch, 12, 12, 6] },
  },
  {
    kernel: 'MaxPoolGrad',
    label: 'pool1 2x2 on 24x24x6',
    inputs: () => ({ dy: [batch, 12, 12, 6], input: [batch, 24, 24, 6], output: [batch, 12, 12, 6] }),
    attrs: { filterSize: 2, strides: 2, pad: 'valid' },
  },
  {
    kernel: 'BatchMatMul',
    label: 'dense1 x^T dy (256 x 120)',
    inputs: () => ({ a: [batch, 256], b: [batch, 120] }),
    attrs: { transposeA: true, transposeB: false },
  },
  {
    kernel: 'BatchMatMul',
    label: 'dense1 dy W^T (256 x 120)',
    inputs: () => ({ a: [batch, 120], b: [256, 120] }),
    attrs: { transposeA: false, transposeB: true },
  },
];

function time(testCase, calls) {
  const inputs = Object.fromEntries(
    Object.entries(testCase.inputs()).map(([name, shape], i) => [
      name,
      tf.randomNormal(shape, 0, 1, 'float32', i + 1),
    ]),
  );
  // CPU time of this (single-threaded) process: the kernels are synchronous, and it is hardly affected by
  // other jobs on a shared machine, unlike wall-clock time.
  const durations = [];
  for (let call = 0; call < calls + 2; call++) {
    const started = process.cpuUsage();
    const result = tf.engine().runKernel(testCase.kernel, inputs, testCase.attrs);
    result.dataSync();
    const used = process.cpuUsage(started);
    if (call >= 2) durations.push((used.user + used.system) / 1000);
    result.dispose();
  }
  tf.dispose(Object.values(inputs));
  return median(durations.sort((a, b) => a - b));
}

await registerGradients();
const rows = [];
for (const backend of ['wasm', 'cpu']) {
  await tf.setBackend(backend);
  const stock = cases.map((testCase) => {
    if (!tf.getKernel(testCase.kernel, backend)) return undefined;
    // The stock cpu Conv2DBackpropFilter takes seconds per call; three calls are plenty.
    return time(testCase, backend === 'cpu' && testCase.kernel === 'Conv2DBackpropFilter' ? 3 : 15);
  });
  const supplied = new Set(registerTrainerKernels(backend).map((kernel) => kernel.kernelName));
  cases.forEach((testCase, i) => {
    if (!supplied.has(testCase.kernel)) return;
    rows.push({
      backend,
      kernel: testCase.kernel,
      shape: testCase.label,
      stockMs: stock[i],
      trainerMs: time(testCase, 15),
    });
  });
}
const format = (ms) => (ms === undefined ? 'missing' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
const lines = [
  `Kernel time at batch 128 on LeNet-5's shapes, median CPU ms per call (stock kernel vs the trainer's).`,
  '',
  '| backend | kernel               | shape                      | stock ms | trainer ms | speed-up |',
  '| ------- | -------------------- | -------------------------- | -------- | ---------- | -------- |',
  ...rows.map(
    (row) =>
      `| ${row.backend.padEnd(7)} | ${row.kernel.padEnd(20)} | ${row.shape.padEnd(26)} | ${format(row.stockMs).padStart(8)} | ${format(row.trainerMs).padStart(10)} | ${(row.stockMs === undefined ? '—' : `${(row.stockMs / row.trainerMs).toFixed(1)}x`).padStart(8)} |`,
  ),
];
console.log(lines.join('\n'));
writeJson('kernels.json', { date: new Date().toISOString(), batch, rows });
