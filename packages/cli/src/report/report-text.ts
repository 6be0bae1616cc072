import { datasetStatisticsLines } from '../training/dataset-statistics';
import type { TrainedRun } from '../training/train-recipe';
import { runFacts } from './run-facts';
import { trainingLog } from './training-log';

const section = (title: string, lines: readonly string[]) => ['', title, '-'.repeat(title.length), ...lines];

/** report.txt: the run's summary, model, training log, test metrics and worst errors as plain text. */
export function reportText(run: TrainedRun, versions: Record<string, string>): string {
  const { recipe, analysis, data, timing } = run;
  const facts = runFacts(run);
  const width = Math.max(...facts.map(([label]) => label.length));
  const name = (label: number) => data.classNames[label] ?? String(label);
  const lines = [
    `digitlab: ${recipe.title}`,
    `${recipe.name}, ${timing.startedAt.toISOString()}`,
    ...section(
      'Summary',
      facts.map(([label, value]) => `${label.padEnd(width)}  ${value}`),
    ),
    ...(run.datasetStatistics === undefined
      ? []
      : section('Data set statistics', datasetStatisticsLines(run.datasetStatistics))),
    ...section('Model', run.summaryLines),
    ...section('Training', trainingLog(run)),
    ...section('Classification report (test set)', analysis.report.text.split('\n')),
    ...analysis.report.warnings.map((warning) => `Warning: ${warning}`),
    ...section(
      'Confusion matrix (rows: true class, columns: predicted class)',
      analysis.confusion.text.split('\n'),
    ),
    ...section(
      'Worst errors',
      analysis.topErrors.length === 0
        ? ['None: every test sample is classified correctly.']
        : analysis.topErrors.map(
            (error) =>
              `test sample ${error.index}: true ${name(error.actual)} (p=${error.actualProbability.toFixed(3)}), ` +
              `predicted ${name(error.predicted)} (p=${error.predictedProbability.toFixed(3)})`,
          ),
    ),
    ...section(
      'Versions',
      Object.entries(versions).map(([pkg, version]) => `${pkg} ${version}`),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
