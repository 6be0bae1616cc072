import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsumerProject, createConsumerProject } from '../src/consumer-project';
import { chromiumInstalled, launchChromium } from '../src/launch-chromium';
import { type DirectoryServer, serveDirectory } from '../src/serve-directory';
import { packedPackage } from './packed';

interface XorResult {
  backend: string;
  activeBackend: string;
  webglVersion?: number;
  accuracy: number;
  loss: number[];
  leaked: number;
  error?: string;
}

const PACKAGES = ['@digitlab/spec', '@digitlab/datasets', '@digitlab/models', '@digitlab/trainer'];
const FIXTURES = ['index.html', 'main.js', 'train-xor.js', 'reference.js'];

// In CI the browser must be there (.ci/run installs it); on a workstation without it the test is skipped.
describe.skipIf(!chromiumInstalled() && !process.env.CI)('a Vite app in headless Chromium', () => {
  let project: ConsumerProject;
  let server: DirectoryServer;
  let browser: Browser;
  let page: XorResult;
  let accuracyText: string | null;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    project = await createConsumerProject({
      name: 'browser',
      moduleType: 'module',
      tarballs: PACKAGES.map((name) => packedPackage(name).tarball),
      dependencies: [
        '@tensorflow/tfjs-core@4.22.0',
        '@tensorflow/tfjs-backend-webgl@4.22.0',
        '@tensorflow/tfjs-backend-cpu@4.22.0',
        'vite@^8.3.8',
      ],
    });
    for (const file of FIXTURES) project.copyFixture(`browser/${file}`);
    await project.bin('vite', ['build', '--logLevel', 'warn']);
    server = await serveDirectory(join(project.directory, 'dist'));
    browser = await launchChromium();
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    await tab.goto(server.url);
    await tab.waitForFunction(() => 'digitlabResult' in window, undefined, { timeout: 300_000 });
    page = await tab.evaluate(() => (window as unknown as { digitlabResult: XorResult }).digitlabResult);
    accuracyText = await tab.textContent('#accuracy');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    project?.dispose();
  });

  it('trains the XOR MLP on the WebGL backend and shows its accuracy', () => {
    expect(page.error).toBeUndefined();
    expect(pageErrors).toEqual([]);
    expect(page).toMatchObject({ backend: 'webgl', activeBackend: 'webgl', leaked: 0 });
    expect(page.webglVersion).toBeGreaterThanOrEqual(1);
    expect(page.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(accuracyText).toBe(`test accuracy ${page.accuracy.toFixed(3)}`);
  });

  // WebGL computes in float32 textures on SwiftShader, the cpu backend in JavaScript: the first epochs must
  // agree closely (later ones drift apart as rounding differences compound through Adam's updates).
  it('computes what the cpu backend computes for the same seeds', async () => {
    const { stdout } = await project.run('node', ['reference.js']);
    const reference = JSON.parse(stdout.split('\n').find((line) => line.startsWith('{'))!) as XorResult;
    expect(reference).toMatchObject({ backend: 'cpu', leaked: 0 });
    for (let epoch = 0; epoch < 5; epoch++) {
      expect(Math.abs(page.loss[epoch]! - reference.loss[epoch]!)).toBeLessThan(
        0.02 * reference.loss[epoch]!,
      );
    }
    expect(Math.abs(page.accuracy - reference.accuracy)).toBeLessThanOrEqual(0.02);
  });
});
