import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { mnistCnn } from '../catalog/mnist-cnn';
import { ModelStateError } from '../errors/model-state-error';
import { layers } from '../layers/layers';
import { Sequential } from './sequential';

describe('summary', () => {
  it('returns the rows and prints the table Keras prints for the same model', () => {
    const model = mnistCnn({ seed: 1 });
    const lines: string[] = [];
    const summary = model.summary((line) => lines.push(line));
    expect(summary).toEqual({
      layers: [
        { name: 'conv2d_1', type: 'Conv2D', outputShape: [null, 26, 26, 32], params: 320 },
        { name: 'flatten_1', type: 'Flatten', outputShape: [null, 21632], params: 0 },
        { name: 'dense_1', type: 'Dense', outputShape: [null, 10], params: 216330 },
      ],
      totalParams: 216_650,
      trainableParams: 216_650,
    });
    // Keras 2's model.summary() for this architecture, trailing spaces trimmed.
    expect(lines).toEqual([
      'Model: "mnist-cnn"',
      '_________________________________________________________________',
      'Layer (type)                 Output Shape              Param #',
      '=================================================================',
      'conv2d_1 (Conv2D)            (None, 26, 26, 32)        320',
      '_________________________________________________________________',
      'flatten_1 (Flatten)          (None, 21632)             0',
      '_________________________________________________________________',
      'dense_1 (Dense)              (None, 10)                216330',
      '=================================================================',
      'Total params: 216,650',
      'Trainable params: 216,650',
      'Non-trainable params: 0',
      '_________________________________________________________________',
    ]);
    model.dispose();
  });

  it('needs a built model', () => {
    expect(() => new Sequential({ layers: [layers.dense({ units: 2 })] }).summary()).toThrow(ModelStateError);
  });
});
