import { setupBackend } from '@digitlab/trainer';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawXor } from './draw-xor';
import { trainXor } from './train-xor';
import { xorBoundary } from './xor-boundary';
import { createXorExample } from './xor-example';

beforeAll(async () => {
  await setupBackend('cpu');
});

describe('the live XOR example, run in Node on the cpu backend', () => {
  it('learns XOR to at least 0.9 with the page settings, reporting every epoch, and leaks no tensor', async () => {
    const before = tf.memory().numTensors;
    const example = createXorExample();
    const epochs: number[] = [];
    const result = await trainXor(example, { onEpoch: ({ epoch }) => void epochs.push(epoch) });
    expect(epochs).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(result.backend).toBe('cpu');
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
    const grid = await xorBoundary(example.model, 20);
    // The corners' classes are XOR's truth table: (0,0) and (1,1) class 0, the others class 1.
    const classAt = (x: number, y: number) => {
      const column = grid.x.findIndex((centre) => Math.abs(centre - x) <= 0.07);
      const row = grid.y.findIndex((centre) => Math.abs(centre - y) <= 0.07);
      return grid.classes[row * grid.resolution + column];
    };
    expect([classAt(0, 0), classAt(0, 1), classAt(1, 0), classAt(1, 1)]).toEqual([0, 1, 1, 0]);
    example.model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops at the next batch when aborted', async () => {
    const before = tf.memory().numTensors;
    const example = createXorExample({ seed: 2 });
    const controller = new AbortController();
    const run = trainXor(example, { signal: controller.signal, onEpoch: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'TrainingAbortedError' });
    example.model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('paints the regions and the points onto a canvas context', () => {
    const calls: string[] = [];
    const context = new Proxy({} as CanvasRenderingContext2D, {
      get: (_, property) =>
        typeof property === 'string' && /^[a-z]/.test(property)
          ? (..._args: unknown[]) => calls.push(property)
          : undefined,
      set: () => true,
    });
    const example = createXorExample({ repeats: 2 });
    drawXor(context, 100, example.data, {
      xRange: [-0.75, 1.75],
      yRange: [-0.75, 1.75],
      resolution: 2,
      x: [-0.125, 1.125],
      y: [-0.125, 1.125],
      classes: new Int32Array([0, 1, 1, 0]),
      confidence: new Float32Array([1, 1, 1, 1]),
    });
    // The background, 2x2 region cells, then one arc per point.
    expect(calls.filter((call) => call === 'fillRect')).toHaveLength(1 + 4);
    expect(calls.filter((call) => call === 'arc')).toHaveLength(8);
    example.model.dispose();
  });
});
