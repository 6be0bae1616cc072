import type { OptimizerConfig, OptimizerName } from '@digitlab/trainer';
import type { Recipe } from './recipe';
import type { SeedFigure } from './seed-figure';

/** One run of a lab that compares optimizers. */
export interface OptimizerRun {
  /** Names the run, e.g. `'sgd-momentum'`. */
  readonly name: string;
  readonly optimizer: OptimizerName;
  /** Undefined uses the optimizer's Keras default. */
  readonly learningRate?: number;
  /** Momentum and Keras' legacy decay, for SGD. */
  readonly options?: Pick<OptimizerConfig, 'momentum' | 'decay'>;
}

/** A seed lab: its recipe, the figures of its seed it reproduces, and for comparisons the runs it makes. */
export interface Lab extends Recipe {
  /** The optimizers the lab trains the model with, one run each, compared in one table; undefined: one run. */
  readonly compareOptimizers: readonly OptimizerRun[] | undefined;
  /** Trainable parameters of the lab's model (Keras' count); the tests build the model and check it. */
  readonly params: number;
  /** The seed's figures this lab reproduces; empty for labs of our own (no seed prints their figure). */
  readonly seedFigures: readonly SeedFigure[];
  /** Whether it trains in seconds: the suite and CI run these (`lab all --fast`). */
  readonly fast: boolean;
}

/** Fields every lab may leave out, with their usual values. */
type LabDefaults =
  | 'hiddenSizes'
  | 'filters'
  | 'learningRate'
  | 'optimizerOptions'
  | 'seed'
  | 'compareOptimizers'
  | 'pooled'
  | 'seedFigures'
  | 'fast'
  | 'analyses';

/** A lab from its own fields, the rest defaulted (seed 42, one run, official split, no seed figure). */
export const lab = (fields: Omit<Lab, LabDefaults> & Partial<Lab>): Lab => ({
  hiddenSizes: undefined,
  filters: undefined,
  learningRate: undefined,
  optimizerOptions: undefined,
  seed: 42,
  compareOptimizers: undefined,
  pooled: false,
  seedFigures: [],
  fast: false,
  analyses: [],
  ...fields,
});
