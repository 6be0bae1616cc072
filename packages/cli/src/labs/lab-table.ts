import { describeLabData } from '../recipes/describe-lab-data';
import type { Lab } from '../recipes/lab';
import { labs } from '../recipes/labs';
import { formatSeedFigure } from '../recipes/seed-figure';
import { textTable } from '../text/text-table';

/** A lab's seed figures in one cell: `accuracy 0.9844 (000)`, or each run's for a study. */
export function seedFiguresCell(lab: Lab): string {
  if (lab.seedFigures.length === 0) return '- (no seed figure)';
  const seed = `seed ${lab.seedFigures[0]!.seed.slice(0, 3)}`;
  if (lab.seedFigures.length > 1) {
    const errors = lab.seedFigures.map((figure) => figure.value * 100).sort((a, b) => a - b);
    return `error ${errors[0]!.toFixed(2)}..${errors.at(-1)!.toFixed(2)}% (${seed}, ${errors.length} runs)`;
  }
  return lab.seedFigures
    .map((figure) => `${figure.run === undefined ? '' : `${figure.run} `}${formatSeedFigure(figure)}`)
    .join('; ')
    .concat(` (${seed})`);
}

/** The optimizer cell: one optimizer, or the runs a lab compares. */
const optimizerCell = (lab: Lab) =>
  lab.compareOptimizers === undefined
    ? lab.optimizer + (lab.learningRate === undefined ? '' : ` ${lab.learningRate}`)
    : lab.compareOptimizers.length > 2
      ? `${lab.compareOptimizers.length} optimizers`
      : lab.compareOptimizers.map((run) => run.name).join(' vs ');

/** The labs as a table: name, model, parameters, data and split, settings and the seed figures. */
export function labTable(): string[] {
  const rows = labs.map((lab) => [
    lab.name,
    lab.model,
    lab.params.toLocaleString('en-US'),
    describeLabData(lab),
    optimizerCell(lab),
    String(lab.batchSize),
    String(lab.epochs),
    seedFiguresCell(lab),
  ]);
  return textTable(
    ['lab', 'model', 'params', 'data', 'optimizer', 'batch', 'epochs', 'seed figure'],
    rows,
    [2, 5, 6],
  );
}

/** The labs for `--json`: every recipe field, the data in words and the seed figures. */
export const labDocuments = () => labs.map((lab) => ({ ...lab, data: describeLabData(lab) }));
