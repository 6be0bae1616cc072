// Serves the browser page (bundled with esbuild) on 127.0.0.1, plain or cross-origin isolated, and drives
// Debian's Chromium through playwright-core: `withTrainingPage(count, run, page)` calls
// `run(train)` where `train(isolated, options)` trains in a fresh page and returns the entry's report.
// `page` may name another entry script and other Chromium flags (the GPU benchmark's).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadFashionMnist } from '@digitlab/datasets';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
export const chromiumPath = '/usr/bin/chromium';
const cpuFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

async function bundle(entry) {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

async function trainingData(count) {
  const train = await loadFashionMnist({ split: 'train', offline: true });
  const data = new Uint8Array(4 + count * 785);
  new Uint32Array(data.buffer, 0, 1)[0] = count;
  data.set(train.images.subarray(0, count * 784), 4);
  data.set(train.labels.subarray(0, count), 4 + count * 784);
  return data;
}

/** Serves `count` training images and the page, opens Chromium, and runs `run(train)`. */
export async function withTrainingPage(count, run, page = {}) {
  const { entry = './entry.mjs', flags = cpuFlags } = page;
  const [script, data] = await Promise.all([bundle(entry), trainingData(count)]);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const headers =
      url.pathname.startsWith('/isolated') || request.headers.referer?.includes('/isolated') ? isolation : {};
    const send = (type, body) => response.writeHead(200, { 'Content-Type': type, ...headers }).end(body);
    if (url.pathname === '/plain.html' || url.pathname === '/isolated.html') {
      return send('text/html', '<!doctype html><script type="module" src="/page.js"></script>');
    }
    if (url.pathname === '/page.js') return send('text/javascript', script);
    if (url.pathname === '/data.bin') return send('application/octet-stream', data);
    if (url.pathname.startsWith('/wasm/')) {
      const file = await readFile(join(wasmDir, url.pathname.slice('/wasm/'.length))).catch(() => undefined);
      if (file !== undefined) return send('application/wasm', file);
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    return await run(async (isolated, options) => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/${isolated ? 'isolated' : 'plain'}.html`);
      await page.waitForFunction(() => typeof globalThis.digitlabTrain === 'function');
      const report = await page.evaluate((settings) => globalThis.digitlabTrain(settings), options);
      await page.close();
      if (errors.length > 0) throw new Error(`The page failed: ${errors.join('; ')}`);
      return report;
    });
  } finally {
    await browser.close();
    server.close();
  }
}
