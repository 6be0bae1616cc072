export type { ClassProbabilityHistogram } from './analyses/class-probability-histogram.js';
export { classProbabilityHistogram } from './analyses/class-probability-histogram.js';
export type {
  CompareRunsOptions,
  ComparisonRow,
  RunComparison,
  RunSummary,
} from './analyses/compare-runs.js';
export { COMPARISON_HEADINGS, compareRuns } from './analyses/compare-runs.js';
export type {
  DecisionGrid,
  DecisionGridOptions,
  GridPredict,
  GridPrediction,
} from './analyses/decision-grid.js';
export { decisionGrid } from './analyses/decision-grid.js';
export {
  STUDY_HEADINGS,
  type StudyRow,
  type StudyTable,
  type StudyTableOptions,
  studyTable,
} from './analyses/study-table.js';
export {
  type ComputeDevice,
  NOT_MEASURED,
  type TimeColumns,
  timeColumns,
} from './analyses/time-columns.js';
export type { TopError } from './analyses/top-errors.js';
export { topErrors } from './analyses/top-errors.js';
export type { ClassDistributionOptions } from './charts/class-distribution-spec.js';
export { classDistributionSpec } from './charts/class-distribution-spec.js';
export type { ComparisonBarsOptions, ComparisonMeasure } from './charts/comparison-bars-spec.js';
export { comparisonBarsSpec } from './charts/comparison-bars-spec.js';
export type { ConfusionCounts, ConfusionHeatmapOptions } from './charts/confusion-heatmap-spec.js';
export { confusionHeatmapSpec } from './charts/confusion-heatmap-spec.js';
export type { BoundarySamples, DecisionBoundaryOptions } from './charts/decision-boundary-spec.js';
export { decisionBoundarySpec } from './charts/decision-boundary-spec.js';
export type { ImageBatch, ImageGridOptions } from './charts/image-grid-spec.js';
export { imageGridSpec } from './charts/image-grid-spec.js';
export type { LearningCurvesOptions } from './charts/learning-curves-spec.js';
export { learningCurvesSpec } from './charts/learning-curves-spec.js';
export type { ProbabilityHistogramOptions } from './charts/probability-histogram-spec.js';
export { probabilityHistogramSpec } from './charts/probability-histogram-spec.js';
export type { NamedHistory, RunCurvesOptions } from './charts/run-curves-spec.js';
export { runCurvesSpec } from './charts/run-curves-spec.js';
export type { TrainingHistory } from './charts/training-history.js';
export type { ChartOptions, VegaLiteSpec } from './charts/vega-lite-spec.js';
export { VEGA_LITE_SCHEMA } from './charts/vega-lite-spec.js';
export { EmptyInputError } from './errors/empty-input-error.js';
export { InvalidArgumentError } from './errors/invalid-argument-error.js';
export { InvalidLabelError } from './errors/invalid-label-error.js';
export type { ProbabilitiesProblem } from './errors/invalid-probabilities-error.js';
export { InvalidProbabilitiesError } from './errors/invalid-probabilities-error.js';
export { LengthMismatchError } from './errors/length-mismatch-error.js';
export { MetricsError } from './errors/metrics-error.js';
export type { LabelArray } from './input/label-array.js';
export type { FlatProbabilities, Probabilities } from './input/probabilities.js';
export { PROBABILITY_SUM_TOLERANCE } from './input/probabilities.js';
export { accuracy } from './metrics/accuracy.js';
export type {
  ClassificationReport,
  ClassificationReportDict,
  ClassificationReportOptions,
  ClassScores,
} from './metrics/classification-report.js';
export { classificationReport } from './metrics/classification-report.js';
export type { ConfusionMatrix, ConfusionMatrixOptions } from './metrics/confusion-matrix.js';
export { confusionMatrix } from './metrics/confusion-matrix.js';
export { errorRate } from './metrics/error-rate.js';
export type { ConfusionNormalize } from './metrics/normalize-matrix.js';
export type { ClassAccuracy, PerClassAccuracyOptions } from './metrics/per-class-accuracy.js';
export { perClassAccuracy } from './metrics/per-class-accuracy.js';
export type { ZeroDivision } from './metrics/precision-recall-fscore.js';
