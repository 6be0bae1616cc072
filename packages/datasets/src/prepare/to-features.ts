import type { ImageDataset } from '../image-dataset';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { type ScaleMethod, scaleImages } from './scale-images';

/** Options of {@link toFeatures}. */
export interface FeaturesOptions {
  /**
   * `'image'` keeps the image axes with an explicit channel axis, `[count, height, width, channels]` (for CNNs);
   * `'flat'` flattens each image into one row, `[count, height * width * channels]` (for MLPs).
   * @default 'image'
   */
  layout?: 'image' | 'flat';
  /** How pixel values are scaled to [0, 1]; see {@link scaleImages}. @default 'max' */
  scale?: ScaleMethod;
}

/** Model inputs: scaled values and the shape to give them (`tf.tensor(data, shape)`). */
export interface Features {
  /** The values, row-major. */
  readonly data: Float32Array;
  /** `[count, height, width, channels]` or `[count, height * width * channels]`. */
  readonly shape: readonly number[];
}

const toFeaturesOptionKeys: OptionKeys<FeaturesOptions> = { layout: true, scale: true };

/** Scales a data set's images and gives them the shape a model expects. The data are the same for both layouts. */
export function toFeatures(dataset: ImageDataset, options: FeaturesOptions = {}): Features {
  checkOptionKeys('toFeatures', options, toFeaturesOptionKeys);
  const { layout = 'image', scale = 'max' } = options;
  const { count, height, width, channels } = dataset;
  const shape = layout === 'flat' ? [count, height * width * channels] : [count, height, width, channels];
  return { data: scaleImages(dataset, { method: scale }), shape };
}
