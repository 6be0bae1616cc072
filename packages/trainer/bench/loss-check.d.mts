/** Types of loss-check.mjs, for its test. */

export declare const lossBound: number;

/** One side of the accuracy check: its loss per seed (undefined where the run failed). */
export interface LossSide {
  model: string;
  engine: 'fused' | 'tfjs';
  version?: string;
  threads?: number;
  losses: Array<number | undefined>;
}

/** One model's accuracy check. */
export interface LossCheck {
  model: string;
  seeds: number[];
  tfjsLosses: Array<number | undefined>;
  tfjsMean: number;
  configurations: Array<{
    version?: string;
    threads?: number;
    meanDifference: number;
    worstSeedDifference: number;
  }>;
  ok: boolean;
}

/** A benchmark result as far as the check reads it. */
export interface LossResults {
  tfjsOps: Record<string, { loss?: number } | undefined>;
  sides: Array<{ kind: string; model: string; version?: string; threads?: number; best?: { loss?: number } }>;
  lossCheck?: { seeds: number[]; sides: LossSide[] };
}

export declare function lossChecks(results: LossResults): LossCheck[];
