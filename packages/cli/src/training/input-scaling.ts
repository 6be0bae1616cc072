import { findDataset } from '../data/dataset-catalog';
import { datasetForInput } from '../data/dataset-for-input';
import { type ModelLocation, readModelMetadata } from './model-files';
import type { SavedRunInfo } from './saved-run-info';

/** How a saved model's raw inputs are scaled: divided by `maxValue`, as in its training. */
export interface InputScaling {
  readonly maxValue: number;
  /** For a model folder that does not record its scaling: what was assumed, and why. */
  readonly assumption: string | undefined;
}

/**
 * The input scaling recorded with a model; for model folders saved before it was recorded, the scale of
 * the run's data set, else of the data set its input shape fits, else 255 (bytes), saying so.
 */
export async function inputScaling(
  location: ModelLocation,
  saved: SavedRunInfo,
  inputShape: readonly number[],
): Promise<InputScaling> {
  const metadata = await readModelMetadata(location);
  if (metadata !== undefined) return { maxValue: metadata.inputMaxValue, assumption: undefined };
  const unrecorded = 'model.json does not record the input scaling (saved by an older digitlab)';
  if (saved.dataset !== undefined) {
    const { name, maxValue } = findDataset(saved.dataset);
    return { maxValue, assumption: `${unrecorded}; assuming 0..${maxValue}, the scale of its run's ${name}` };
  }
  const fits = datasetForInput(inputShape);
  if (fits !== undefined) {
    const { maxValue } = findDataset(fits);
    return {
      maxValue,
      assumption: `${unrecorded}; assuming 0..${maxValue}, the scale of ${fits}, which its input shape fits`,
    };
  }
  return { maxValue: 255, assumption: `${unrecorded}; assuming bytes, 0..255` };
}
