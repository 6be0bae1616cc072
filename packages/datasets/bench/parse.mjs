#!/usr/bin/env node
// Benchmark: parse Fashion-MNIST's 60k train set from Debian's folder (/usr/share/datasets/fashion-mnist).
// Each measurement runs in a fresh Node process so that its peak RSS (getrusage maxrss) is its own. Compared side by
// side with node:zlib's gunzipSync of the same images file, the floor for any gzip reader. Runs against ./dist.
// Targets: loadFashionMnist under 0.5 s and peak memory under 2x the raw (decompressed) bytes.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const DIR = '/usr/share/datasets/fashion-mnist';
const IMAGES = join(DIR, 'train-images-idx3-ubyte.gz');
const RUNS = 5;
const here = dirname(fileURLToPath(import.meta.url));

const methods = {
  loadFashionMnist: async ({ loadFashionMnist }) => {
    const dataset = await loadFashionMnist({ split: 'train', dir: DIR, offline: true });
    return dataset.images.length + dataset.labels.length;
  },
  'readIdx(bytes)': async ({ readIdx }) => {
    const images = await readIdx(await readFile(IMAGES));
    return images.data.length;
  },
  'zlib.gunzipSync': async () => gunzipSync(await readFile(IMAGES)).length,
};

if (process.argv[2] === '--child') {
  const library = await import('../dist/index.js');
  const method = methods[process.argv[3]];
  globalThis.gc();
  const before = process.memoryUsage();
  const start = performance.now();
  const elements = await method(library);
  const seconds = (performance.now() - start) / 1000;
  const after = process.memoryUsage();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    JSON.stringify({
      seconds,
      elements,
      peakRssDelta: peakRss - before.rss,
      arrayBuffersDelta: after.arrayBuffers - before.arrayBuffers,
    }),
  );
  process.exit(0);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rawBytes =
  gunzipSync(await readFile(IMAGES)).length +
  gunzipSync(await readFile(IMAGES.replace('images-idx3', 'labels-idx1'))).length;
const results = {};
for (const name of Object.keys(methods)) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', fileURLToPath(import.meta.url), '--child', name],
      {
        encoding: 'utf8',
      },
    );
    if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout));
  }
  results[name] = {
    seconds: median(runs.map((run) => run.seconds)),
    peakRssDelta: median(runs.map((run) => run.peakRssDelta)),
    arrayBuffersDelta: median(runs.map((run) => run.arrayBuffersDelta)),
    runs,
  };
}

const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
const target = results.loadFashionMnist;
const passes = { time: target.seconds < 0.5, memory: target.peakRssDelta < 2 * rawBytes };
console.log(
  `Fashion-MNIST train, raw (decompressed) bytes: ${mb(rawBytes)} MiB, median of ${RUNS} fresh processes\n`,
);
console.log(
  'method              time (s)  vs zlib  peak RSS delta (MiB)  x raw  arrayBuffers delta (MiB)  x raw',
);
for (const [name, result] of Object.entries(results)) {
  console.log(
    [
      name.padEnd(18),
      result.seconds.toFixed(3).padStart(9),
      (result.seconds / results['zlib.gunzipSync'].seconds).toFixed(2).padStart(8),
      mb(result.peakRssDelta).padStart(21),
      (result.peakRssDelta / rawBytes).toFixed(2).padStart(6),
      mb(result.arrayBuffersDelta).padStart(25),
      (result.arrayBuffersDelta / rawBytes).toFixed(2).padStart(6),
    ].join(' '),
  );
}
console.log(
  `\nloadFashionMnist: time < 0.5 s ${passes.time ? 'PASS' : 'FAIL'}; peak RSS < 2x raw ${passes.memory ? 'PASS' : 'FAIL'}`,
);

const outDir = join(here, '..', 'bench-results');
await mkdir(outDir, { recursive: true });
const report = {
  benchmark: 'parse',
  dataset: 'fashion-mnist train',
  node: process.version,
  rawBytes,
  targets: { seconds: 0.5, peakRssOverRaw: 2 },
  passes,
  results,
};
const output = join(outDir, 'parse.json');
await writeFile(`${output}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
await rename(`${output}.tmp`, output);
console.log(`Wrote ${output}`);
