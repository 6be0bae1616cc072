import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe, expect, it } from 'vitest';
import { lenet5 } from '../catalog/lenet5';
import { tinyCnn } from '../catalog/tiny-cnn';
import type { Sequential } from '../model/sequential';
import { loadModel } from './load-model';
import { save } from './save';

async function artifactsOf(model: Sequential): Promise<tf.io.ModelArtifacts> {
  let captured: tf.io.ModelArtifacts | undefined;
  await save(
    model,
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  return captured!;
}

async function maxDifference(model: Sequential, theirs: tfl.LayersModel, seed: number): Promise<number> {
  const x = tf.randomUniform([3, ...model.inputShape], 0, 1, 'float32', seed);
  const difference = tf.tidy(() => tf.max(tf.abs(tf.sub(model.predict(x), theirs.predict(x) as tf.Tensor))));
  const value = (await difference.data())[0]!;
  tf.dispose([x, difference]);
  return value;
}

// tfjs-layers names a loaded model's variables `conv2d_1/kernel`, then `conv2d_1/kernel_1`, `_2`… on each
// further load (its names are never reused in a process), and tfjs-core refuses a name already registered:
// digitlab's variables must never take one of those names, whatever the order models are made in.
describe('digitlab models and tf.loadLayersModel in one process', () => {
  it('interleave without a variable-name collision and predict the same numbers', async () => {
    const start = tf.memory().numTensors;
    // The process's first digitlab variables, so that a counter-suffixed name would be `conv2d_1/kernel_1`.
    const first = lenet5({ seed: 1 });
    const firstArtifacts = await artifactsOf(first);
    const ours: Sequential[] = [first];
    const pairs: [Sequential, tfl.LayersModel][] = [];
    for (let round = 0; round < 3; round++) {
      pairs.push([first, await tfl.loadLayersModel(tf.io.fromMemory(firstArtifacts))]);
      const fresh = tinyCnn({ seed: 10 + round });
      ours.push(fresh, await loadModel(tf.io.fromMemory(firstArtifacts)));
      pairs.push([fresh, await tfl.loadLayersModel(tf.io.fromMemory(await artifactsOf(fresh)))]);
    }
    for (const [index, [model, theirs]] of pairs.entries()) {
      expect(await maxDifference(model, theirs, index)).toBeLessThan(1e-5);
    }
    // A digitlab model loaded from the same file predicts what tfjs-layers' copy does.
    expect(await maxDifference(ours[2]!, pairs[0]![1], 7)).toBeLessThan(1e-5);
    const names = ours.flatMap((model) =>
      model.layers.flatMap((layer) => layer.weights.map((w) => w.variable.name)),
    );
    expect(new Set(names).size).toBe(names.length);
    // tfjs-layers only makes names of these characters; every digitlab variable name has one outside them.
    for (const name of names) expect(name).not.toMatch(/^[A-Za-z0-9][-A-Za-z0-9._/]*$/);
    for (const model of [...ours, ...pairs.map(([, theirs]) => theirs)]) model.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });
});
