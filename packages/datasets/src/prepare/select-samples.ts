import type { ImageDataset } from '../image-dataset';

/** A new data set holding copies of the samples at `indices`, in that order. */
export function selectSamples(dataset: ImageDataset, indices: ArrayLike<number>): ImageDataset {
  const size = dataset.height * dataset.width * dataset.channels;
  const images = new Uint8Array(indices.length * size);
  const labels = new Uint8Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i]!;
    images.set(dataset.images.subarray(index * size, (index + 1) * size), i * size);
    labels[i] = dataset.labels[index]!;
  }
  return { ...dataset, images, labels, count: indices.length };
}
