// Declared once in @digitlab/spec; `closestMatch` is its `closestName` under the name this package exported.
export { closestName as closestMatch, levenshtein } from '@digitlab/spec';
export { cliVersion } from './about/package-info';
export type { InstalledPackage } from './backend-discovery/find-installed-package';
export { type DatasetEntry, type DatasetName, datasetCatalog, datasetNames } from './data/dataset-catalog';
export type { LabData, LabSplit } from './data/lab-data';
export { type LoadLabDataOptions, loadLabData } from './data/load-lab-data';
export { CliError, type ExitCode, exitCodes } from './errors/cli-error';
export { FileLimitError } from './errors/file-limit-error';
export { InputFileError } from './errors/input-file-error';
export { InputShapeError } from './errors/input-shape-error';
export { InvalidOptionError } from './errors/invalid-option-error';
export { MissingDataError } from './errors/missing-data-error';
export { ModelNotFoundError } from './errors/model-not-found-error';
export { UnknownNameError } from './errors/unknown-name-error';
export { UsageError } from './errors/usage-error';
export { type Background, decodePng } from './images/decode-png';
export type { GreyImage } from './images/grey-image';
export { resizeArea } from './images/resize-area';
export { type CliIo, nodeIo, type OutputStream } from './io/cli-io';
export { runCli } from './program/run-cli';
export { type EpochSummary, epochLine } from './progress/epoch-line';
export { type TrainingProgressOptions, trainingProgress } from './progress/training-progress';
export { defaultRecipe } from './recipes/default-recipe';
export { describeLabData, type SplitCounts } from './recipes/describe-lab-data';
export type { Lab, OptimizerRun } from './recipes/lab';
export { findLab, labNames, labs } from './recipes/labs';
export { applyOverrides, type Recipe, type RecipeOverrides, type ReportAnalysis } from './recipes/recipe';
export {
  formatLikeSeed,
  formatSeedFigure,
  type SeedFigure,
  seedAccuracy,
  seedFiles,
} from './recipes/seed-figure';
export { type Chart, type RenderedChart, renderSvg, svgToPng } from './report/render-chart';
export { runFolderFiles, type WrittenRunFolder, writeRunFolder } from './run-folder/write-run-folder';
export {
  type CliBackend,
  type CliBackendInfo,
  cliBackends,
  defaultCliBackend,
  describeCliBackend,
  type SetupCliBackendOptions,
  setupCliBackend,
} from './training/cli-backends';
export { type TrainedRun, type TrainRecipeOptions, trainRecipe } from './training/train-recipe';
