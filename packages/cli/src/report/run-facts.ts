import { formatSeconds } from '../progress/epoch-line';
import { engineNote } from '../progress/training-progress';
import { describeOptimizer } from '../recipes/describe-optimizer';
import type { TrainedRun } from '../training/train-recipe';

/** The summary table of a run, as label/value rows shared by report.txt and report.html. */
export function runFacts(run: TrainedRun): [string, string][] {
  const { recipe, summary, history, test, timing, backend } = run;
  const count = (value: number) => value.toLocaleString('en-US');
  const correct = Math.round(test.accuracy * test.samples);
  const learningRate = recipe.learningRate === undefined ? 'Keras default' : String(recipe.learningRate);
  const split =
    history.params.validationSamples > 0 ? `, ${count(history.params.validationSamples)} validation` : '';
  return [
    ['Model', `${recipe.model} (${count(summary.totalParams)} parameters)`],
    [
      'Data set',
      `${recipe.dataset}: ${count(history.params.samples)} train${split}, ${count(test.samples)} test`,
    ],
    ['Optimizer', `${describeOptimizer(recipe)}, learning rate ${learningRate}`],
    ['Batch size', String(recipe.batchSize)],
    [
      'Epochs',
      history.epoch.length === recipe.epochs
        ? String(recipe.epochs)
        : `${history.epoch.length} of ${recipe.epochs} (${history.stopReason ?? 'stopped'})`,
    ],
    ['Test loss', test.loss.toFixed(4)],
    ['Test accuracy', `${test.accuracy.toFixed(4)} (${count(correct)} of ${count(test.samples)})`],
    [
      'Training time',
      `${formatSeconds(timing.trainingSeconds)} (${formatSeconds(timing.evaluationSeconds)} evaluating)`,
    ],
    ['Backend', `${backend}${engineNote(history)}${packageNote(run)}, on ${run.device.description}`],
    ['Seed', String(recipe.seed)],
  ];
}

function packageNote({ backendPackage }: TrainedRun): string {
  return backendPackage ? ` from ${backendPackage.name} ${backendPackage.version}` : '';
}
