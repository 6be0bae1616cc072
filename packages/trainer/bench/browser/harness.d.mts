/** What the page's `digitlabTrain` reports. */
export interface PageReport {
  msPerStep: number;
  engine: string;
  backend: string;
  loss: number;
  isolated: boolean;
}

/** Options of one training run in the page. */
export interface PageTraining {
  model: 'lenet5' | 'mlp';
  engine: 'auto' | 'fused' | 'tfjs';
  threads?: number;
  warmup: number;
}

export const chromiumPath: string;

export function withTrainingPage<T>(
  count: number,
  run: (train: (isolated: boolean, options: PageTraining) => Promise<PageReport>) => Promise<T>,
): Promise<T>;
