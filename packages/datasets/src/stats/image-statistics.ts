import type { ImageDataset } from '../image-dataset';

/** Per-image statistics over pixel values; entry `i` describes image `i`. */
export interface ImageStatistics {
  /** Mean pixel value. */
  readonly mean: Float64Array;
  /** Population variance (divided by the pixel count, as NumPy's `var`). */
  readonly variance: Float64Array;
  /** Population standard deviation. */
  readonly std: Float64Array;
  /**
   * Shannon entropy in bits of the image's histogram of pixel values, `-Σ p log2 p` over the values present
   * (scikit-image's `shannon_entropy`): 0 for a constant image, at most `log2(pixels)`.
   */
  readonly entropy: Float64Array;
}

/** Mean, variance, standard deviation and entropy of each image's raw pixel values. */
export function imageStatistics(dataset: ImageDataset): ImageStatistics {
  const { images, count } = dataset;
  const size = dataset.height * dataset.width * dataset.channels;
  const mean = new Float64Array(count);
  const variance = new Float64Array(count);
  const entropy = new Float64Array(count);
  const histogram = new Uint32Array(256);
  for (let image = 0; image < count; image++) {
    histogram.fill(0);
    const start = image * size;
    for (let i = start; i < start + size; i++) histogram[images[i]!]!++;
    let sum = 0;
    for (let value = 0; value < 256; value++) sum += value * histogram[value]!;
    const average = sum / size;
    let squares = 0;
    let bits = 0;
    for (let value = 0; value < 256; value++) {
      const frequency = histogram[value]!;
      if (frequency === 0) continue;
      squares += frequency * (value - average) ** 2;
      bits += (frequency / size) * Math.log2(size / frequency);
    }
    mean[image] = average;
    variance[image] = squares / size;
    entropy[image] = bits;
  }
  return { mean, variance, std: variance.map(Math.sqrt), entropy };
}
