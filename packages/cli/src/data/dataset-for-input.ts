import { inputFits } from './check-input-shape';
import { type DatasetName, datasetCatalog } from './dataset-catalog';

/** The first data set whose samples fit a model input shape (MNIST for 28x28), or undefined. */
export function datasetForInput(inputShape: readonly number[]): DatasetName | undefined {
  return datasetCatalog.find((entry) => inputFits(inputShape, entry.sampleShape))?.name;
}
