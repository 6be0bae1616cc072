// `pnpm bench` (browser part): LeNet-5 and MLP 784-300-10 training steps in headless Chromium (Debian's) on
// the wasm backend, as a page without WebGL runs them: tfjs ops, the fused engine on the page's thread (a
// plain page) and the fused engine with workers (a cross-origin isolated page). Prints a table and writes
// bench-results/browser-speed.json. Skipped, saying so, when /usr/bin/chromium is missing.
import { existsSync } from 'node:fs';
import { chromiumPath, withTrainingPage } from './browser/harness.mjs';
import { writeJson } from './write-results.mjs';

if (!existsSync(chromiumPath)) {
  console.log(`Browser benchmark skipped: no ${chromiumPath} (apt-get install chromium).`);
  process.exit(0);
}
const warmup = 5;
const steps = 40;
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const sides = [
  { name: 'tfjs ops', isolated: false, engine: 'tfjs' },
  { name: 'fused, plain page', isolated: false, engine: 'fused' },
  { name: 'fused, isolated page', isolated: true, engine: 'fused' },
];
const rows = await withTrainingPage((warmup + steps) * 128, async (train) => {
  const results = [];
  for (const model of ['lenet5', 'mlp']) {
    const best = {};
    for (let round = 0; round < rounds; round++) {
      for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
        const report = await train(side.isolated, { model, engine: side.engine, warmup });
        if (!(best[side.name]?.msPerStep <= report.msPerStep)) best[side.name] = report;
      }
    }
    results.push({ model, ...best });
    console.error(`${model} in Chromium: done`);
  }
  return results;
});
const epoch = (ms) => ((ms * 469) / 1000).toFixed(1);
console.log('Seconds per Fashion-MNIST epoch (469 batches of 128, Adam) in headless Chromium, wasm backend,');
console.log(`extrapolated from the median of ${steps} batches, best of ${rounds} alternating runs:\n`);
console.log(
  '| model | tfjs ops | fused, plain page | fused, isolated page | speed-up plain | speed-up isolated |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  const [ops, plain, isolated] = sides.map((side) => row[side.name]);
  console.log(
    `| ${row.model} | ${epoch(ops.msPerStep)} | ${epoch(plain.msPerStep)} (${plain.engine} x${plain.threads}) | ` +
      `${epoch(isolated.msPerStep)} (${isolated.engine} x${isolated.threads}) | ${(ops.msPerStep / plain.msPerStep).toFixed(1)}x | ` +
      `${(ops.msPerStep / isolated.msPerStep).toFixed(1)}x |`,
  );
}
writeJson('browser-speed.json', { date: new Date().toISOString(), warmup, steps, rounds, rows });
