export type { TrainableModel } from '@digitlab/spec/model';
export type { BackendDevice, ComputeDevice } from './backend/backend-device';
export { type BackendChoice, type BackendName, backendNames, backendPackages } from './backend/backend-name';
export type { GraphicsDevice } from './backend/probe-graphics';
export { gradientsRegistered, registerGradients } from './backend/register-gradients';
export { type BackendInfo, type SetupBackendOptions, setupBackend } from './backend/setup-backend';
export { isSoftwareRenderer } from './backend/software-renderer';
export { type EarlyStoppingOptions, earlyStopping } from './callbacks/early-stopping';
export { type ModelCheckpointOptions, modelCheckpoint } from './callbacks/model-checkpoint';
export type { MonitorMode } from './callbacks/monitor';
export { terminateOnNaN } from './callbacks/terminate-on-nan';
export { formatEpoch, type TextProgressOptions, textProgress } from './callbacks/text-progress';
export type {
  BatchBeginEvent,
  BatchEndEvent,
  EpochBeginEvent,
  EpochEndEvent,
  ProgressReporter,
  TrainBeginEvent,
  TrainEndEvent,
  TrainingCallback,
  TrainingContext,
} from './callbacks/training-callback';
export { type CheckpointSource, captureCheckpoint } from './checkpoint/capture-checkpoint';
export { decodeCheckpoint, encodeCheckpoint } from './checkpoint/checkpoint-codec';
export {
  type CheckpointStore,
  type MemoryCheckpointStore,
  memoryCheckpointStore,
} from './checkpoint/checkpoint-store';
export { fileCheckpointStore } from './checkpoint/file-checkpoint-store';
export { restoreCheckpoint } from './checkpoint/restore-checkpoint';
export type { StoredTensor } from './checkpoint/stored-tensor';
export type { TrainingCheckpoint } from './checkpoint/training-checkpoint';
export type {
  ArrayTrainingData,
  ImageDatasetLike,
  Labels,
  Samples,
  TensorSamples,
  TrainingData,
} from './data/samples';
export { validationSplitCounts } from './data/seeded-order';
export { type BackendAttempt, BackendUnavailableError } from './errors/backend-unavailable-error';
export { CheckpointError } from './errors/checkpoint-error';
export { FusedEngineError } from './errors/fused-engine-error';
export { InvalidOptionError } from './errors/invalid-option-error';
export { KernelInputError } from './errors/kernel-input-error';
export { NonFiniteLossError } from './errors/non-finite-loss-error';
export { NonFiniteOutputError } from './errors/non-finite-output-error';
export { TrainerError } from './errors/trainer-error';
export { TrainingAbortedError } from './errors/training-aborted-error';
export { TrainingDataError } from './errors/training-data-error';
export { type FusedKernelBuild, fusedKernelBuild } from './fused/load-kernels';
export {
  type EngineName,
  type EngineUse,
  type FitEngine,
  fitEngines,
  formatEngine,
  readEngineUse,
} from './history/engine-use';
export type { EpochLogs, History, LogName, TrainingParams } from './history/history';
export {
  registerTrainerKernels,
  type SupplementaryKernel,
  supplementaryKernelsFor,
} from './kernels/register-trainer-kernels';
export { computeLoss, defaultLoss, type LossName, lossEpsilon, lossNames } from './losses/loss';
export { createOptimizer } from './optimizers/create-optimizer';
export {
  defaultLearningRates,
  type OptimizerConfig,
  type OptimizerName,
  optimizerNames,
} from './optimizers/optimizer-config';
export { type EvaluateOptions, type Evaluation, evaluate } from './training/evaluate';
export { fit } from './training/fit';
export type { FitOptions } from './training/fit-options';
export type { MetricName } from './training/metric-name';
export {
  type ClassPredictions,
  type PredictionData,
  type Predictions,
  type PredictOptions,
  predict,
  predictClasses,
} from './training/predict';
export type { YieldEvery } from './training/yield-control';
