/** The seed notebooks the labs reproduce, by file name in the project's `seeds/` folder. */
export const seedFiles = {
  '000': '000_3c93eb209d71457b.txt',
  '001': '001_0ec2965faa98c37f.txt',
  '002': '002_458ddb81140a9ff8.txt',
  '003': '003_f59f89e066707d09.txt',
  '004': '004_4437cab8ca6cfe18.txt',
} as const;

/** One figure a seed notebook reports, which a lab reproduces. */
export interface SeedFigure {
  /** What the seed prints: test accuracy, or test error (seed 004 prints `100 * (1 - accuracy)`). */
  readonly metric: 'accuracy' | 'error';
  /** As a fraction: 0.984444 for 98.4444% accuracy, 0.0138 for 1.38% error. */
  readonly value: number;
  /** The seed notebook's file name. */
  readonly seed: (typeof seedFiles)[keyof typeof seedFiles];
  /** The trainable parameter count the seed's Keras summary prints (or implies) for that model. */
  readonly params: number;
  /** For a lab with several runs (the optimizer study): the run it belongs to. */
  readonly run?: string;
  /** How the seed's run differs from what the lab can repeat, when it does. */
  readonly note?: string;
}

/** The figure as an accuracy, whatever the seed printed. */
export const seedAccuracy = (figure: SeedFigure): number =>
  figure.metric === 'accuracy' ? figure.value : 1 - figure.value;

/** The figure as the seed printed it: `accuracy 0.9844` or `error 1.38%`. */
export function formatSeedFigure(figure: SeedFigure): string {
  return figure.metric === 'accuracy'
    ? `accuracy ${figure.value.toFixed(4)}`
    : `error ${(figure.value * 100).toFixed(2)}%`;
}

/** A measured accuracy in the seed figure's own terms, for side-by-side tables. */
export function formatLikeSeed(figure: SeedFigure, accuracy: number): string {
  return formatSeedFigure({ ...figure, value: figure.metric === 'accuracy' ? accuracy : 1 - accuracy });
}
