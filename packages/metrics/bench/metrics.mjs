// Times the metrics and analyses on MNIST-sized inputs against ./dist (run `pnpm build` first).
// Each operation is reported with its ratio to a plain loop that counts correct predictions over the same
// samples, so the numbers compare across noisy machines. Writes bench-results/metrics.json.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import {
  classificationReport,
  classProbabilityHistogram,
  confusionMatrix,
  imageGridSpec,
  topErrors,
} from '../dist/index.js';

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function dataset(samples, seed) {
  const next = random(seed);
  const yTrue = Uint8Array.from({ length: samples }, () => Math.floor(next() * 10));
  const yPred = yTrue.map((label) => (next() < 0.02 ? (label + 1) % 10 : label));
  const probabilities = new Float32Array(samples * 10);
  for (let i = 0; i < samples; i++) {
    const row = Array.from({ length: 10 }, () => next() * 0.1);
    row[yPred[i]] += 5;
    const sum = row.reduce((a, b) => a + b, 0);
    for (let c = 0; c < 10; c++) probabilities[i * 10 + c] = row[c] / sum;
  }
  return { yTrue, yPred, probabilities: { values: probabilities, numClasses: 10 } };
}

function time(run, minimumMs = 300) {
  run();
  let iterations = 0;
  const start = performance.now();
  while (performance.now() - start < minimumMs) {
    run();
    iterations++;
  }
  return (performance.now() - start) / iterations;
}

const results = [];
for (const samples of [10_000, 60_000]) {
  const { yTrue, yPred, probabilities } = dataset(samples, samples);
  const baseline = time(() => {
    let correct = 0;
    for (let i = 0; i < samples; i++) if (yTrue[i] === yPred[i]) correct++;
    return correct;
  });
  const operations = {
    confusionMatrix: () => confusionMatrix(yTrue, yPred),
    classificationReport: () => classificationReport(yTrue, yPred),
    topErrors: () => topErrors(probabilities, yTrue),
    classProbabilityHistogram: () => classProbabilityHistogram(probabilities, yTrue, 3),
  };
  for (const [name, run] of Object.entries(operations)) {
    const ms = time(run);
    results.push({ operation: name, samples, ms, ratioToCountingLoop: ms / baseline });
  }
}

const pixels = Uint8Array.from({ length: 36 * 784 }, (_, i) => ((i * 7919) % 784 < 150 ? 200 : 0));
const gridMs = time(() => imageGridSpec({ pixels, width: 28, height: 28 }));
const gridBytes = JSON.stringify(imageGridSpec({ pixels, width: 28, height: 28 })).length;
results.push({
  operation: 'imageGridSpec (36 × 28×28, ~150 ink px each)',
  samples: 36,
  ms: gridMs,
  specBytes: gridBytes,
});

console.table(results.map((r) => ({ ...r, ms: Number(r.ms.toFixed(3)) })));
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/metrics.json.tmp',
  `${JSON.stringify({ node: process.version, results }, null, 2)}\n`,
);
renameSync('bench-results/metrics.json.tmp', 'bench-results/metrics.json');
