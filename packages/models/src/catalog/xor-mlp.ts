import { Dense } from '../layers/dense';
import type { Sequential } from '../model/sequential';
import type { OptionKeys } from '../options/check-option-keys';
import { buildCatalogModel } from './build-catalog-model';
import { type CatalogModelOptions, catalogOptionKeys } from './catalog-model-options';

/** Options of {@link xorMlp}. */
export interface XorMlpOptions extends CatalogModelOptions {
  /**
   * Units of the hidden layer.
   * @default 6
   */
  hiddenUnits?: number;
}

const xorMlpOptionKeys: OptionKeys<XorMlpOptions> = { ...catalogOptionKeys, hiddenUnits: true };

/** `xor-mlp`: dense 6 relu → dense 2 softmax on 2 inputs (32 parameters). */
export function xorMlp(options: XorMlpOptions = {}): Sequential {
  const { hiddenUnits = 6, classes = 2, activation = 'relu', outputActivation = 'softmax' } = options;
  const layers = [
    new Dense({ units: hiddenUnits, activation }),
    new Dense({ units: classes, activation: outputActivation }),
  ];
  return buildCatalogModel(
    { name: 'xor-mlp', optionKeys: xorMlpOptionKeys, defaultInputShape: [2], layers, flattensInput: true },
    options,
  );
}
