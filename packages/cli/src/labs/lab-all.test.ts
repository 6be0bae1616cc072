import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../io/cli-io';
import { Output } from '../io/output';
import { findLab } from '../recipes/labs';
import { setupCliBackend } from '../training/cli-backends';
import { runAllLabs } from './lab-all';

const folders: string[] = [];
const temporary = () => {
  const folder = mkdtempSync(join(tmpdir(), 'digitlab-lab-all-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('runAllLabs', () => {
  beforeAll(async () => {
    await setupCliBackend('cpu');
  }, 60_000);

  it('skips a lab whose data are missing with one line, runs the others, and sums them up', async () => {
    const cwd = temporary();
    const saved = { cache: process.env.XDG_CACHE_HOME, dir: process.env.DIGITLAB_DATA_DIR };
    // No MNIST training images anywhere it looks: an empty data folder and an empty cache.
    process.env.XDG_CACHE_HOME = join(cwd, 'cache');
    delete process.env.DIGITLAB_DATA_DIR;
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: CliIo = {
      stdout: { isTTY: false, write: (text: string) => stdout.push(text) },
      stderr: { isTTY: false, write: (text: string) => stderr.push(text) },
      env: {},
      cwd,
      now: () => new Date(0),
    };
    const output = new Output(io, { json: false, quiet: false, color: false });
    const flags = {
      backend: 'cpu' as const,
      engine: 'auto' as const,
      threads: 1,
      dataDir: join(cwd, 'no-data'),
      offline: false,
      out: join(cwd, 'all'),
    };
    const tensors = tf.memory().numTensors;
    try {
      const result = await runAllLabs(
        [findLab('mnist-cnn'), findLab('digits-perceptron')],
        { epochs: 2 },
        undefined,
        flags,
        { io, output, command: 'lab' },
      );
      expect(result.skipped).toEqual([
        { lab: 'mnist-cnn', reason: expect.stringMatching(/^mnist files missing \(train-images-idx3-ubyte/) },
      ]);
      expect(result.rows.map((row) => [row.lab, row.seedFigure, row.paramsEqual])).toEqual([
        ['digits-perceptron', 'accuracy 0.9067', true],
      ]);
      expect(stderr.join('').match(/skipped mnist-cnn: mnist files missing/g)).toHaveLength(1);
      const summary = readFileSync(join(cwd, 'all', 'summary.txt'), 'utf8');
      expect(summary).toMatch(
        /^digits-perceptron\s+accuracy 0\.9067 \(001\)\s+accuracy 0\.\d{4}\s+yes \(650\)/m,
      );
      expect(summary).toContain('skipped mnist-cnn: mnist files missing');
      expect(tf.memory().numTensors).toBe(tensors);
    } finally {
      if (saved.cache === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved.cache;
      if (saved.dir !== undefined) process.env.DIGITLAB_DATA_DIR = saved.dir;
    }
  }, 120_000);
});
