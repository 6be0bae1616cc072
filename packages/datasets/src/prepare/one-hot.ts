import { checkLabels } from '../image-dataset';

/**
 * One-hot encodes labels: a `labels.length * numClasses` row-major matrix with a 1 at each label's column.
 * Throws {@link LabelRangeError} for a label not below `numClasses`.
 */
export function oneHot(labels: Uint8Array, numClasses: number): Float32Array {
  checkLabels(labels, numClasses);
  const encoded = new Float32Array(labels.length * numClasses);
  for (let i = 0; i < labels.length; i++) encoded[i * numClasses + labels[i]!] = 1;
  return encoded;
}
