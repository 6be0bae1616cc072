import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDigits, trainTestSplit, writeIdx } from '@digitlab/datasets';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BinResult, removeTemporaryFolders, runBin, temporaryFolder } from './support/run-bin';

afterAll(removeTemporaryFolders);

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('digitlab with no arguments (the default run)', () => {
  const cwd = temporaryFolder();
  let result: BinResult;
  let folder: string;

  beforeAll(async () => {
    result = await runBin([], { cwd });
    const match = /^Run folder: (.+)$/m.exec(result.stdout);
    folder = join(cwd, match?.[1] ?? 'missing');
  }, 120_000);

  it('trains the one-stage CNN on the digits: narration on stderr, results on stdout', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'one-stage-cnn on digits, adam (learning rate 0.01), batch 32, 15 epochs',
    );
    expect(result.stderr).toContain('Data: digits: embedded in @digitlab/datasets (no files read)');
    expect(result.stderr).toContain('Model: "one-stage-cnn"');
    expect(result.stderr).toContain('Total params: 510');
    expect(result.stderr).toMatch(/^Epoch 15\/15 - 38\/38 - .*ms\/step - loss: .* - val_accuracy: /m);
    expect(result.stdout).not.toMatch(/Epoch|Model:|Data:|Training/);
    expect(result.stdout).toMatch(/^one-stage-cnn: test accuracy 0\.9\d{3} \(\d+ of 450\)/);
    expect(result.stdout).toContain('    accuracy                           ');
    expect(result.stdout).toContain('true\\pred   0   1   2   3   4   5   6   7   8   9');
    expect(folder).toMatch(/runs\/\d{8}-\d{6}-one-stage-cnn$/);
  });

  it('writes metrics.json with test accuracy of at least 0.9 and everything the run needs to be reproduced', () => {
    const metrics = readJson(join(folder, 'metrics.json'));
    expect(metrics.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(metrics.loss).toBeGreaterThan(0);
    expect(metrics.confusionMatrix.raw.flat().reduce((a: number, b: number) => a + b, 0)).toBe(450);
    for (const row of metrics.confusionMatrix.normalized) {
      expect(row.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 10);
    }
    expect(metrics.classificationReport.accuracy).toBeCloseTo(metrics.accuracy, 10);
    expect(metrics.classificationReport['9'].support).toBe(45);
    expect(metrics).toMatchObject({
      backend: 'wasm',
      // 'auto' trains on the trainer's fused engine on wasm; a model this small on one thread.
      engine: 'fused',
      threads: 1,
      seed: 42,
      model: { name: 'one-stage-cnn', params: 510 },
    });
    expect(metrics.timing.trainingSeconds).toBeGreaterThan(0);
    expect(Object.keys(metrics.versions)).toEqual(
      expect.arrayContaining(['node', '@digitlab/cli', '@digitlab/trainer', '@tensorflow/tfjs-core']),
    );
  });

  it('writes the history as JSON and CSV with one entry per epoch', () => {
    const history = readJson(join(folder, 'history.json'));
    expect(history.epoch).toHaveLength(15);
    expect(history.history.val_accuracy).toHaveLength(15);
    const lines = readFileSync(join(folder, 'history.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('epoch,loss,accuracy,val_loss,val_accuracy,seconds');
    expect(lines).toHaveLength(16);
    expect(Number(lines[15]!.split(',')[1])).toBeCloseTo(history.history.loss[14], 12);
  });

  it('saves the model in the TF.js Layers format', () => {
    const model = readJson(join(folder, 'model', 'model.json'));
    expect(model.format).toBe('layers-model');
    expect(
      model.modelTopology.config.layers.map((layer: { class_name: string }) => layer.class_name),
    ).toContain('Conv2D');
    const bytes = model.weightsManifest[0].weights.reduce(
      (total: number, weight: { shape: number[] }) => total + 4 * weight.shape.reduce((a, b) => a * b, 1),
      0,
    );
    expect(bytes).toBe(510 * 4);
    expect(statSync(join(folder, 'model', 'weights.bin')).size).toBe(bytes);
  });

  it('renders every chart as SVG and as a PNG that decodes', () => {
    for (const chart of [
      'learning-curves',
      'confusion-matrix',
      'worst-errors',
      'predictions',
      'class-distribution',
    ]) {
      expect(readFileSync(join(folder, 'charts', `${chart}.svg`), 'utf8')).toMatch(
        /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
      );
      const png = PNG.sync.read(readFileSync(join(folder, 'charts', `${chart}.png`)));
      expect(png.width).toBeGreaterThan(200);
    }
  });

  it('writes report.txt and a self-contained report.html with the charts inlined', () => {
    const text = readFileSync(join(folder, 'report.txt'), 'utf8');
    expect(text).toContain('Classification report (test set)');
    expect(text).toContain('Worst errors');
    const html = readFileSync(join(folder, 'report.html'), 'utf8');
    for (const section of [
      'summary',
      'learning-curves',
      'confusion-matrix',
      'classification-report',
      'worst-errors',
      'predictions',
      'class-distribution',
    ]) {
      expect(html).toContain(`<section id="${section}">`);
    }
    expect(html.match(/<img src="data:image\/svg\+xml;base64,/g)).toHaveLength(5);
    expect(html).not.toMatch(/<script|<link|src="http|url\(http/);
  });

  it('leaves no temporary folder behind', () => {
    expect(readdirSync(join(cwd, 'runs'))).toEqual([folder.split('/').at(-1)]);
  });

  it('evaluate gives back the accuracy and confusion matrix of the run', async () => {
    const evaluation = await runBin(['evaluate', folder, '--json'], { cwd });
    expect(evaluation.code).toBe(0);
    const document = JSON.parse(evaluation.stdout);
    const metrics = readJson(join(folder, 'metrics.json'));
    expect(document).toMatchObject({ ok: true, command: 'evaluate', dataset: 'digits', samples: 450 });
    expect(document.accuracy).toBe(metrics.accuracy);
    expect(document.confusionMatrix.raw).toEqual(metrics.confusionMatrix.raw);
  });

  /** Predicts an IDX file of the digits' test images (as `transform` gives them) and counts the right ones. */
  async function predictTestImages(modelFolder: string, transform: (value: number) => number) {
    const { test } = trainTestSplit(loadDigits(), { testSize: 0.25, seed: 42, stratify: true });
    const path = join(cwd, 'digits-test-images.idx');
    writeFileSync(path, await writeIdx({ shape: [test.count, 8, 8], data: test.images.map(transform) }));
    const prediction = await runBin(['predict', modelFolder, path, '--json'], { cwd });
    expect(prediction.code).toBe(0);
    const document = JSON.parse(prediction.stdout);
    expect(document).toMatchObject({ format: 'idx', count: 450 });
    const correct = document.predictions.filter(
      (row: { class: number; index: number }) => row.class === test.labels[row.index],
    ).length;
    return { correct, document, stderr: prediction.stderr };
  }

  it('saves the input scaling with the model', () => {
    expect(readJson(join(folder, 'model', 'model.json')).userDefinedMetadata).toEqual({ inputMaxValue: 16 });
  });

  it('predict scales an IDX file of 8x8 digits (0..16) as in training and gets the run accuracy', async () => {
    const { correct, document, stderr } = await predictTestImages(folder, (value) => value);
    expect(document.inputMaxValue).toBe(16);
    expect(stderr).toContain('Values up to 16 divided by 16, as in training');
    expect(correct).toBe(Math.round(readJson(join(folder, 'metrics.json')).accuracy * 450));
  });

  it('predict reads the same digits stored as bytes (0..255) by dividing by 255', async () => {
    const { correct, document } = await predictTestImages(folder, (value) => Math.round((value * 255) / 16));
    expect(document.inputMaxValue).toBe(255);
    const expected = Math.round(readJson(join(folder, 'metrics.json')).accuracy * 450);
    expect(Math.abs(correct - expected)).toBeLessThanOrEqual(1);
  });

  it('predict still reads a model folder saved without the scaling, saying what it assumes', async () => {
    const old = join(cwd, 'old-model');
    mkdirSync(old);
    const modelJson = readJson(join(folder, 'model', 'model.json'));
    delete modelJson.userDefinedMetadata;
    writeFileSync(join(old, 'model.json'), JSON.stringify(modelJson));
    copyFileSync(join(folder, 'model', 'weights.bin'), join(old, 'weights.bin'));
    const { correct, stderr } = await predictTestImages(old, (value) => value);
    expect(stderr).toContain(
      'warning: model.json does not record the input scaling (saved by an older digitlab); ' +
        'assuming 0..16, the scale of digits, which its input shape fits',
    );
    expect(correct).toBe(Math.round(readJson(join(folder, 'metrics.json')).accuracy * 450));
  });

  it('predict reads a digit drawn dark on light in a PNG of any size', async () => {
    const { test } = trainTestSplit(loadDigits(), { testSize: 0.25, seed: 42, stratify: true });
    let correct = 0;
    for (let index = 0; index < 5; index++) {
      // The 8x8 digit drawn 8 times larger, in grey ink on white paper with a wide margin.
      const png = new PNG({ width: 96, height: 96 });
      for (let y = 0; y < 96; y++) {
        for (let x = 0; x < 96; x++) {
          const inside = x >= 16 && x < 80 && y >= 16 && y < 80;
          const ink = inside ? test.images[index * 64 + ((y - 16) >> 3) * 8 + ((x - 16) >> 3)]! / 16 : 0;
          const offset = 4 * (y * 96 + x);
          png.data.fill(Math.round(255 * (1 - ink)), offset, offset + 3);
          png.data[offset + 3] = 255;
        }
      }
      const path = join(cwd, `digit-${index}.png`);
      writeFileSync(path, PNG.sync.write(png));
      const prediction = await runBin(['predict', folder, path, '--json'], { cwd });
      const document = JSON.parse(prediction.stdout);
      expect(document).toMatchObject({ format: 'png', count: 1 });
      if (document.predictions[0].class === test.labels[index]) correct++;
    }
    expect(correct).toBeGreaterThanOrEqual(4);
  }, 60_000);
});
