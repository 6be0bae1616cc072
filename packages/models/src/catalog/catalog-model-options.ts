import type { ActivationName } from '../activations/activation';
import type { OptionKeys } from '../options/check-option-keys';

/** Options every catalog model takes. */
export interface CatalogModelOptions {
  /**
   * Shape of one input sample.
   * @default the model's default input (see `modelCatalog`)
   */
  inputShape?: readonly number[];
  /**
   * Number of classes: units of the output layer.
   * @default 10 (2 for `xor-mlp`)
   */
  classes?: number;
  /**
   * Activation of the hidden layers.
   * @default 'relu'
   */
  activation?: ActivationName;
  /**
   * Activation of the output layer.
   * @default 'softmax'
   */
  outputActivation?: ActivationName;
  /**
   * Seed of the initial weights and of the dropout masks.
   * @default a random seed
   */
  seed?: number;
  /**
   * Largest parameter count allowed; a bigger model throws a ParamBudgetError.
   * @default Infinity
   */
  paramBudget?: number;
}

/** The keys of {@link CatalogModelOptions}, which each catalog model extends with its own. */
export const catalogOptionKeys: OptionKeys<CatalogModelOptions> = {
  inputShape: true,
  classes: true,
  activation: true,
  outputActivation: true,
  seed: true,
  paramBudget: true,
};
