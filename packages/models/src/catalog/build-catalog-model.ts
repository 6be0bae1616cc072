import { randomSeed } from '@digitlab/spec';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ParamBudgetError } from '../errors/param-budget-error';
import { Flatten } from '../layers/flatten';
import { InputLayer } from '../layers/input-layer';
import type { Layer } from '../layers/layer';
import { Sequential } from '../model/sequential';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import type { CatalogModelOptions } from './catalog-model-options';

/** What a catalog factory passes to {@link buildCatalogModel}. */
export interface CatalogModelSpec {
  /** The catalog name, which becomes the model's name. */
  name: string;
  /** The default per-sample input shape. */
  defaultInputShape: readonly number[];
  /** The layers after the input (and, for vector models, after the flatten added for image inputs). */
  layers: Layer[];
  /** Whether the first layer needs vectors, so that image-shaped inputs get a flatten layer first. */
  flattensInput?: boolean;
  /** The keys of the model's options: any other key in the options is an error. */
  optionKeys: OptionKeys<CatalogModelOptions>;
}

/**
 * Checks the option keys, stacks an input layer and the layers, builds the model with the options' seed, seeds its dropout masks
 * from the same seed, and enforces the parameter budget (freeing the weights before throwing).
 */
export function buildCatalogModel(spec: CatalogModelSpec, options: CatalogModelOptions): Sequential {
  checkOptionKeys(spec.name, options, spec.optionKeys);
  const {
    inputShape = spec.defaultInputShape,
    seed = randomSeed(),
    paramBudget = Number.POSITIVE_INFINITY,
  } = options;
  if (typeof paramBudget !== 'number' || !(paramBudget > 0)) {
    throw new InvalidOptionError('Sequential', 'paramBudget', 'must be a positive number', paramBudget);
  }
  const flatten = spec.flattensInput && inputShape.length > 1 ? [new Flatten()] : [];
  const model = new Sequential({
    name: spec.name,
    seed,
    layers: [new InputLayer({ shape: inputShape }), ...flatten, ...spec.layers],
  }).build();
  model.setTrainingSeed(seed);
  const params = model.countParams();
  if (params > paramBudget) {
    model.dispose();
    throw new ParamBudgetError(spec.name, params, paramBudget);
  }
  return model;
}
