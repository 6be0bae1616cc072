import type { FitEngine } from '@digitlab/trainer';

/** What the page's `digitlabTrain` reports. */
export interface PageReport {
  msPerStep: number;
  engine: 'fused' | 'tfjs';
  threads: number;
  backend: string;
  loss: number;
  isolated: boolean;
}

/** Options of one training run in the page. */
export interface PageTraining {
  model: 'lenet5' | 'mlp';
  engine: FitEngine;
  threads?: number;
  warmup: number;
}

export const chromiumPath: string;

/** Which page to serve and how to start Chromium. */
export interface PageSetup {
  /** The page script, relative to the harness. @default './entry.mjs' */
  entry?: string;
  /** Chromium's flags. @default headless, no sandbox, no GPU */
  flags?: readonly string[];
}

export function withTrainingPage<T, Options = PageTraining, Report = PageReport>(
  count: number,
  run: (train: (isolated: boolean, options: Options) => Promise<Report>) => Promise<T>,
  page?: PageSetup,
): Promise<T>;
