import { deriveSeed } from '@digitlab/spec';
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TrainingDataError } from '../errors/training-data-error';
import { BatchBuilder } from './batch-builder';
import { toSampleSet } from './samples';
import { splitIndices } from './seeded-order';

describe('samples and batches', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('reads an ImageDataset: bytes scaled by maxValue per batch, labels one-hot', () => {
    const images = {
      images: Uint8Array.from([0, 16, 8, 4, 16, 0, 2, 2]),
      labels: Uint8Array.from([2, 0]),
      maxValue: 16,
    };
    const set = toSampleSet(images, [2, 2, 1], 3);
    expect(set).toMatchObject({ count: 2, sampleSize: 4, units: 3 });
    const builder = new BatchBuilder(set, [2, 2, 1], 2);
    const batch = builder.build(Uint32Array.from([1, 0]), 0, 2);
    expect(batch.x.shape).toEqual([2, 2, 2, 1]);
    expect(Array.from(batch.x.dataSync())).toEqual([1, 0, 0.125, 0.125, 0, 1, 0.5, 0.25]);
    expect(Array.from(batch.targets!.dataSync())).toEqual([1, 0, 0, 0, 0, 1]);
    tf.dispose([batch.x, batch.targets!]);
  });

  it('takes one-hot rows for categorical targets and 0/1 per unit for binary ones', () => {
    const oneHot = toSampleSet({ x: new Float32Array(4), y: Float32Array.from([0, 1, 1, 0]) }, [2], 2);
    expect(Array.from(oneHot.targets!)).toEqual([0, 1, 1, 0]);
    const binary = toSampleSet({ x: new Float32Array(4), y: Uint8Array.from([1, 0]) }, [2], 1);
    expect(Array.from(binary.targets!)).toEqual([1, 0]);
  });

  it('explains data that do not fit the model, ending with what it got', () => {
    expect(() => toSampleSet({ x: new Float32Array(10), y: new Uint8Array(3) }, [4], 2)).toThrow(
      TrainingDataError,
    );
    try {
      toSampleSet({ x: new Float32Array(12), y: new Uint8Array(2) }, [4], 2);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ name: 'TrainingDataError', field: 'data.y' });
      expect((error as Error).message).toMatch(/Received: 2 values$/);
    }
    expect(() => toSampleSet({ x: new Float32Array(4), y: Uint8Array.from([0, 5]) }, [2], 3)).toThrow(
      /Received: y\[1\]=5$/,
    );
  });

  it('derives independent, reproducible seeds per stream and epoch', () => {
    expect(deriveSeed(1, 'shuffle', 3)).toBe(deriveSeed(1, 'shuffle', 3));
    const seeds = new Set([
      deriveSeed(1, 'shuffle', 0),
      deriveSeed(1, 'shuffle', 1),
      deriveSeed(1, 'dropout', 0),
      deriveSeed(2, 'shuffle', 0),
    ]);
    expect(seeds.size).toBe(4);
  });

  it('splits at random like Keras sizes it: floor(count * (1 - fraction)) for training', () => {
    const { train, validation } = splitIndices(10, 0.25, 1);
    expect(train).toHaveLength(7);
    expect(validation).toHaveLength(3);
    expect(new Set([...train, ...validation]).size).toBe(10);
    expect([...validation]).not.toEqual([7, 8, 9]);
  });
});
