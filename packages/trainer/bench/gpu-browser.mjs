// `pnpm bench:gpu` (browser part): LeNet-5 and the MLP 784-300-10 per Fashion-MNIST epoch (469 batches of
// 128, Adam) in headless Chromium (Debian's) with hardware acceleration allowed, on WebGPU and on WebGL,
// extrapolated from the median of the timed batches. A backend whose renderer is software (SwiftShader,
// llvmpipe) is not a GPU: it is reported as absent, never measured as one. Says plainly when there is none.
import { existsSync } from 'node:fs';
import { chromiumPath, withTrainingPage } from './browser/harness.mjs';

if (!existsSync(chromiumPath)) {
  console.log(`No GPU backend in the browser measured: no ${chromiumPath} (apt-get install chromium).`);
  process.exit(0);
}
const warmup = 10;
const steps = Number(process.env.BENCH_STEPS ?? 60);
// GPU rasterisation and WebGPU on, and no fallback to SwiftShader: without a GPU, WebGL then fails to
// start instead of running on the CPU.
const flags = [
  '--headless=new',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--ignore-gpu-blocklist',
  '--enable-gpu-rasterization',
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--disable-software-rasterizer',
];
const rows = await withTrainingPage(
  (warmup + steps + 1) * 128,
  async (train) => {
    const results = [];
    for (const backend of ['webgpu', 'webgl']) {
      for (const model of ['lenet5', 'mlp']) {
        const report = await train(false, { backend, model, warmup });
        results.push({ model, ...report });
        if (!report.available) break;
      }
    }
    return results;
  },
  { entry: './gpu-entry.mjs', flags },
);
const measured = rows.filter((row) => row.available);
for (const row of rows.filter((row) => !row.available)) {
  console.log(`No GPU behind ${row.backend} in Chromium: ${row.why.split('\n')[0]}`);
}
if (measured.length === 0) {
  console.log('No GPU backend in the browser: nothing measured.');
  process.exit(0);
}
console.log('\nSeconds per Fashion-MNIST epoch (469 batches of 128, Adam) in headless Chromium on the GPU,');
console.log(`extrapolated from the median of ${steps} batches:\n`);
console.log('| backend | device | model | ms per batch | s per epoch |');
console.log('| --- | --- | --- | ---: | ---: |');
for (const row of measured) {
  const epoch = ((row.msPerStep * 469) / 1000).toFixed(1);
  console.log(`| ${row.backend} | ${row.device} | ${row.model} | ${row.msPerStep.toFixed(2)} | ${epoch} |`);
}
