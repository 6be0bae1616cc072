import type { ImageDataset } from '../image-dataset';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';

/** How to map pixel values to [0, 1]. */
export type ScaleMethod = 'max' | 'min-max';

/** Options of {@link scaleImages}. */
export interface ScaleOptions {
  /**
   * `'max'` divides by the data set's `maxValue` (255 for MNIST, 16 for the 8x8 digits), as the Keras examples do;
   * `'min-max'` maps the smallest value present to 0 and the largest to 1 (all zeros when they are equal).
   * @default 'max'
   */
  method?: ScaleMethod;
}

const scaleImagesOptionKeys: OptionKeys<ScaleOptions> = { method: true };

/** The pixel values as floats in [0, 1], in the same NHWC order. */
export function scaleImages(dataset: ImageDataset, options: ScaleOptions = {}): Float32Array {
  checkOptionKeys('scaleImages', options, scaleImagesOptionKeys);
  const { method = 'max' } = options;
  const { images } = dataset;
  let offset = 0;
  let range = dataset.maxValue;
  if (method === 'min-max') {
    let min = 255;
    let max = 0;
    for (let i = 0; i < images.length; i++) {
      if (images[i]! < min) min = images[i]!;
      if (images[i]! > max) max = images[i]!;
    }
    offset = min;
    range = max - min;
  }
  const scaled = new Float32Array(images.length);
  if (range === 0) return scaled;
  for (let i = 0; i < images.length; i++) scaled[i] = (images[i]! - offset) / range;
  return scaled;
}
