import { modelCatalog } from '@digitlab/models';
import type { DatasetName } from './dataset-catalog';
import { datasetForInput } from './dataset-for-input';

/** The data set a catalog model was made for: the first whose samples fit its default input. */
export function naturalDataset(modelName: string): DatasetName {
  const entry = modelCatalog.find((candidate) => candidate.name === modelName)!;
  return datasetForInput(entry.inputShape) ?? 'mnist';
}
