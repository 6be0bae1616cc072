// Helpers shared by the benchmarks.

/** The benchmarks' training run: one epoch, batches of 128, Adam, seed 1 (spread into fit's options). */
export const oneEpoch = { epochs: 1, batchSize: 128, optimizer: 'adam', seed: 1 };

/** The median of sorted numbers. */
export function median(sorted) {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The first `count` samples of an ImageDataset-like object. */
export function firstSamples(dataset, count) {
  const size = dataset.height * dataset.width * dataset.channels;
  return {
    ...dataset,
    images: dataset.images.subarray(0, count * size),
    labels: dataset.labels.subarray(0, count),
    count,
  };
}
