import { readEngineUse } from '@digitlab/trainer';
import { ResultsFormatError } from '../errors/results-format-error';
import type { LabResult, RunHistory, RunMetrics, RunSource } from './lab-result';
import { reportFromConfusion } from './report-from-confusion';

/** The three files of a committed run, parsed from JSON but not yet checked. */
export interface RawLabFiles {
  readonly metrics: unknown;
  readonly history: unknown;
  readonly source: unknown;
}

type Check = (value: unknown) => boolean;

const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isString: Check = (value) => typeof value === 'string';
const isNumbers: Check = (value) => Array.isArray(value) && value.every(isNumber);
const isMatrix: Check = (value) => Array.isArray(value) && value.every(isNumbers);

/** Reads `path` (dot-separated) from `root`, throwing a {@link ResultsFormatError} unless `check` passes. */
function expectField(file: string, root: unknown, path: string, check: Check, expected: string): void {
  let value: unknown = root;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[key];
  if (!check(value)) throw new ResultsFormatError(file, path, expected, value ?? null);
}

/**
 * Checks the fields the site renders from a run's metrics.json, history.json and source.json, and adds
 * the classification report's text.
 *
 * @throws {ResultsFormatError} naming the file and field that is missing or of the wrong type.
 */
export function parseLabResult(lab: string, files: RawLabFiles): LabResult {
  const metricsFile = `results/${lab}/metrics.json`;
  const numbers = ['loss', 'accuracy', 'model.params', 'dataset.train', 'dataset.validation', 'dataset.test'];
  for (const path of numbers) expectField(metricsFile, files.metrics, path, isNumber, 'a finite number');
  for (const path of ['settings.batchSize', 'settings.epochs', 'settings.epochsRun', 'seed']) {
    expectField(metricsFile, files.metrics, path, isNumber, 'a finite number');
  }
  for (const path of ['timing.trainingSeconds', 'timing.secondsPerEpoch']) {
    expectField(metricsFile, files.metrics, path, isNumber, 'a finite number');
  }
  for (const path of [
    'name',
    'title',
    'createdAt',
    'model.name',
    'dataset.name',
    'settings.optimizer',
    'backend',
  ]) {
    expectField(metricsFile, files.metrics, path, isString, 'a string');
  }
  const engine = readEngineUse(files.metrics as object);
  const expectedEngine = "'fused' or 'tfjs' with an integer threads >= 1";
  expectField(
    metricsFile,
    files.metrics,
    'engine',
    (v) => v === undefined || engine !== undefined,
    expectedEngine,
  );
  expectField(
    metricsFile,
    files.metrics,
    'dataset.classNames',
    (v) => Array.isArray(v) && v.every(isString),
    'names',
  );
  expectField(metricsFile, files.metrics, 'confusionMatrix.labels', isNumbers, 'an array of class indices');
  expectField(metricsFile, files.metrics, 'confusionMatrix.raw', isMatrix, 'a matrix of counts');
  expectField(
    metricsFile,
    files.metrics,
    'classificationReport',
    (v) => typeof v === 'object' && v !== null,
    'an object',
  );
  expectField(
    metricsFile,
    files.metrics,
    'versions',
    (v) => typeof v === 'object' && v !== null,
    'an object',
  );
  const historyFile = `results/${lab}/history.json`;
  expectField(historyFile, files.history, 'history.loss', isNumbers, 'an array of numbers');
  for (const name of ['accuracy', 'val_loss', 'val_accuracy']) {
    expectField(
      historyFile,
      files.history,
      `history.${name}`,
      (v) => v === undefined || isNumbers(v),
      'numbers',
    );
  }
  const sourceFile = `results/${lab}/source.json`;
  expectField(sourceFile, files.source, 'command', isString, 'the command line');
  expectField(sourceFile, files.source, 'standIn', (v) => v === null || isString(v), 'a note or null');
  const metrics = files.metrics as RunMetrics;
  const { labels, raw } = metrics.confusionMatrix;
  return {
    lab,
    metrics,
    history: (files.history as { history: RunHistory }).history,
    source: files.source as RunSource,
    engine,
    reportText: reportFromConfusion(labels, raw, metrics.dataset.classNames).text,
  };
}
