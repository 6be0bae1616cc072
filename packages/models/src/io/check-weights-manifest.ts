import type * as tf from '@tensorflow/tfjs-core';
import { ModelFormatError } from '../errors/model-format-error';
import type { Shape } from '../layers/layer';

const shapeText = (shape: readonly number[]) => `[${shape.join(',')}]`;

/**
 * Checks a weights manifest against the weights a topology asks for (names, shapes, float32, count), so that
 * a model.json whose layers are far larger than its weights is refused before any layer allocates.
 */
export function checkWeightsManifest(
  planned: readonly { readonly name: string; readonly shape: Shape }[],
  specs: readonly tf.io.WeightsManifestEntry[],
): void {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  for (const { name, shape } of planned) {
    const spec = byName.get(name);
    if (spec === undefined) {
      const problem = `has no weight named ${name}, which the topology needs with shape ${shapeText(shape)}`;
      throw new ModelFormatError(
        'weightsManifest',
        problem,
        specs.map((entry) => entry.name).join(', ') || 'none',
      );
    }
    if (spec.dtype !== 'float32') {
      throw new ModelFormatError(`weightsManifest ${name}`, 'must be float32', String(spec.dtype));
    }
    if (!Array.isArray(spec.shape) || shapeText(spec.shape) !== shapeText(shape)) {
      const problem = `must have the shape ${shapeText(shape)} that the topology gives it`;
      throw new ModelFormatError(`weightsManifest ${name}`, problem, `shape ${shapeText(spec.shape ?? [])}`);
    }
  }
  if (specs.length !== planned.length) {
    const problem = `must list the ${planned.length} weights the topology has`;
    throw new ModelFormatError('weightsManifest', problem, `${specs.length} weights`);
  }
}
