// @digitlab/trainer as a guide's code sees it under test. `fit` plans the run for real (the split, batch
// size, optimizer) and stops before the first epoch, recording what it would train; `evaluate` and
// `predict` record how many samples they were given and answer without computing (zero scores, uniform
// probabilities), so every guide runs in seconds whatever its model.
import * as trainer from '@digitlab/trainer';
import { currentDataset, record } from './record.mjs';

export * from '@digitlab/trainer';

const parameters = (model) => model.trainableWeights.reduce((total, weight) => total + weight.size, 0);
const sampleCount = (model, data) =>
  data.count ?? data.y?.length ?? data.x.length / model.inputShape.reduce((a, b) => a * b, 1);

export async function fit(model, data, options = {}) {
  const controller = new AbortController();
  let params;
  const planned = {
    onTrainBegin: (event) => {
      params = event.params;
      controller.abort(new Error('stopped by the guide test once the run was planned'));
    },
  };
  try {
    await trainer.fit(model, data, { ...options, callbacks: [planned], signal: controller.signal });
  } catch (error) {
    if (!(error instanceof trainer.TrainingAbortedError)) throw error;
    record({
      kind: 'fit',
      dataset: currentDataset(),
      model: model.name,
      parameters: parameters(model),
      train: params.samples,
      validation: params.validationSamples,
      epochs: params.epochs,
      batchSize: params.batchSize,
      optimizer: typeof options.optimizer === 'string' ? options.optimizer : 'rmsprop',
      learningRate: options.learningRate ?? null,
      seed: options.seed ?? null,
    });
    // One epoch of zeros, so code that reads or charts the history runs on.
    const logs = { loss: [0], accuracy: [0] };
    if (params.validationSamples > 0) Object.assign(logs, { val_loss: [0], val_accuracy: [0] });
    return { ...error.history, epoch: [0], history: logs, seconds: [0], stopReason: undefined };
  }
  throw new Error('fit trained without reaching onTrainBegin');
}

export async function evaluate(model, data) {
  const samples = sampleCount(model, data);
  record({ kind: 'test', samples });
  return { loss: 0, accuracy: 0, samples, backend: 'guide-test' };
}

export async function predict(model, data) {
  const count = sampleCount(model, data);
  record({ kind: 'test', samples: count });
  const units = model.outputUnits;
  return {
    probabilities: new Float32Array(count * units).fill(1 / units),
    count,
    units,
    backend: 'guide-test',
  };
}

export async function predictClasses(model, data) {
  const { count } = await predict(model, data);
  return { classes: new Int32Array(count), backend: 'guide-test' };
}
