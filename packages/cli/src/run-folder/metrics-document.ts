import type { TrainedRun } from '../training/train-recipe';

/**
 * metrics.json: the test loss and accuracy, confusion matrix (raw and normalized over true classes),
 * classification report (scikit-learn's `output_dict`), the settings, timing, backend, seed and versions,
 * and seed 004's data statistics when the recipe asks for them.
 * `--json` prints the same document with the run folder added.
 */
export function metricsDocument(run: TrainedRun, versions: Record<string, string>): Record<string, unknown> {
  const { recipe, data, summary, history, test, analysis, timing } = run;
  const epochSeconds = history.seconds;
  return {
    name: recipe.name,
    title: recipe.title,
    createdAt: timing.startedAt.toISOString(),
    loss: test.loss,
    accuracy: test.accuracy,
    model: { name: recipe.model, params: summary.totalParams, trainableParams: summary.trainableParams },
    dataset: {
      name: data.dataset,
      sampleShape: data.sampleShape,
      classNames: data.classNames,
      train: history.params.samples,
      validation: history.params.validationSamples,
      test: test.samples,
    },
    settings: {
      optimizer: recipe.optimizer,
      learningRate: recipe.learningRate ?? null,
      batchSize: recipe.batchSize,
      epochs: recipe.epochs,
      epochsRun: history.epoch.length,
      validationSplit: recipe.validationSplit,
      testSplit:
        data.dataset === 'xor' || data.dataset === 'digits' || recipe.pooled ? recipe.testSplit : null,
      pooled: recipe.pooled && (data.dataset === 'mnist' || data.dataset === 'fashion-mnist'),
      seed: recipe.seed,
    },
    confusionMatrix: {
      labels: analysis.confusion.labels,
      raw: analysis.confusion.matrix,
      normalized: analysis.normalizedConfusion.matrix,
    },
    classificationReport: analysis.report.dict,
    warnings: analysis.report.warnings,
    timing: {
      trainingSeconds: timing.trainingSeconds,
      evaluationSeconds: timing.evaluationSeconds,
      epochSeconds,
      secondsPerEpoch:
        epochSeconds.reduce((total, value) => total + value, 0) / Math.max(epochSeconds.length, 1),
    },
    backend: run.backend,
    device: run.device,
    backendPackage: run.backendPackage
      ? {
          name: run.backendPackage.name,
          version: run.backendPackage.version,
          place: run.backendPackage.place,
          folder: run.backendPackage.folder,
        }
      : null,
    engine: run.history.engine,
    threads: run.history.threads,
    ...(run.datasetStatistics === undefined ? {} : { datasetStatistics: run.datasetStatistics }),
    seed: recipe.seed,
    versions,
  };
}
