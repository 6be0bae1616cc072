import { afterAll, describe, expect, it } from 'vitest';
import { removeTemporaryFolders, runBin } from '../test-support/run-bin';

afterAll(removeTemporaryFolders);

/** The parameter counts Keras' model.summary() prints for the same architectures. */
const kerasParams: Record<string, number> = {
  'xor-mlp': 32,
  perceptron: 650,
  'one-stage-cnn': 510,
  'mnist-cnn': 216_650,
  'dropout-cnn': 2_770_634,
  'two-conv-cnn': 1_199_882,
  'tiny-cnn': 5_899,
  lenet5: 44_426,
  mlp: 238_510,
  'scratch-mlp': 238_510,
};

describe('digitlab summary', () => {
  it('prints the Keras-style table', async () => {
    const result = await runBin(['summary', '--model', 'lenet5']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Model: "lenet5"');
    expect(result.stdout).toMatch(/^conv2d_1 \(Conv2D\) +\(None, 24, 24, 6\) +156$/m);
    expect(result.stdout).toContain('Total params: 44,426');
  });

  it.each(Object.entries(kerasParams))('gives the Keras parameter count of %s', async (model, params) => {
    const json = await runBin(['summary', '--model', model, '--json']);
    expect(json.code).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(document).toMatchObject({ ok: true, command: 'summary', model, totalParams: params });
    expect(
      document.layers.reduce((total: number, layer: { params: number }) => total + layer.params, 0),
    ).toBe(params);
  });
});
