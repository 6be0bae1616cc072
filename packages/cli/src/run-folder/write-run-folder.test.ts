import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { findLab } from '../recipes/labs';
import { setupCliBackend } from '../training/cli-backends';
import { trainRecipe } from '../training/train-recipe';
import { writeRunFolder } from './write-run-folder';

describe('trainRecipe in process', () => {
  it('trains, analyses and writes a run, and leaves no tensor behind once the model is disposed', async () => {
    await setupCliBackend('cpu');
    const before = tf.memory().numTensors;
    const summaries: (readonly string[])[] = [];
    const run = await trainRecipe(
      { ...findLab('xor'), epochs: 3 },
      { backend: 'cpu', onModel: (lines) => summaries.push(lines) },
    );
    try {
      expect(run.backend).toBe('cpu');
      expect(run.history.epoch).toEqual([0, 1, 2]);
      expect(run.test.samples).toBe(160);
      expect(run.predictions.classes).toHaveLength(160);
      // The analysis agrees with the trainer's own accuracy.
      const correct = run.analysis.confusion.matrix.reduce((total, row, i) => total + row[i]!, 0);
      expect(correct / 160).toBeCloseTo(run.test.accuracy, 10);
      expect(run.decisionGrid?.resolution).toBe(100);
      expect(summaries[0]).toContain('Total params: 32');
      const root = mkdtempSync(join(tmpdir(), 'train-recipe-'));
      const folder = join(root, 'run');
      const written = await writeRunFolder(run, folder, { node: process.versions.node });
      expect(written.charts).toEqual([
        'learning-curves',
        'confusion-matrix',
        'decision-boundary',
        'class-distribution',
      ]);
      expect(existsSync(join(folder, 'model', 'weights.bin'))).toBe(true);
      expect(JSON.parse(readFileSync(join(folder, 'metrics.json'), 'utf8')).accuracy).toBe(run.test.accuracy);
      rmSync(root, { recursive: true });
    } finally {
      run.model.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000);
});
