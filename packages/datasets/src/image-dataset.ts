import { CountMismatchError } from './errors/count-mismatch-error';
import { InvalidOptionError } from './errors/invalid-option-error';
import { LabelRangeError } from './errors/label-range-error';

/**
 * A labelled image data set, the type the models, trainer and CLI consume. Plain typed arrays, so it works
 * anywhere and converts to a tensor with `tf.tensor4d(images, [count, height, width, channels])`.
 */
export interface ImageDataset {
  /** Pixel values, `count * height * width * channels` of them in NHWC order (sample, row, column, channel). */
  readonly images: Uint8Array;
  /** One class index per image, each in `[0, numClasses)`. */
  readonly labels: Uint8Array;
  /** Number of images. */
  readonly count: number;
  /** Image height in pixels. */
  readonly height: number;
  /** Image width in pixels. */
  readonly width: number;
  /** Channels per pixel (1 for grey-scale). */
  readonly channels: number;
  /** The largest value a pixel can take: 255 for MNIST, 16 for the 8x8 digits. */
  readonly maxValue: number;
  /** Number of classes. */
  readonly numClasses: number;
  /** A readable name per class, indexed by label. */
  readonly classNames: readonly string[];
}

/**
 * Checks and returns an {@link ImageDataset}: the images length must be `count * height * width * channels`,
 * there must be one label per image ({@link CountMismatchError}), each below `numClasses`
 * ({@link LabelRangeError}), and one class name per class.
 */
export function createImageDataset(fields: ImageDataset): ImageDataset {
  const { images, labels, count, height, width, channels, numClasses, classNames } = fields;
  for (const [option, value] of Object.entries({ count, height, width, channels, numClasses })) {
    if (!Number.isInteger(value) || value < 0) {
      throw new InvalidOptionError('createImageDataset', option, 'must be a non-negative integer', value);
    }
  }
  if (images.length !== count * height * width * channels) {
    throw new InvalidOptionError(
      'createImageDataset',
      'images',
      `must hold count*height*width*channels = ${count}*${height}*${width}*${channels} values`,
      images,
    );
  }
  if (labels.length !== count) throw new CountMismatchError(count, labels.length, 'createImageDataset');
  checkLabels(labels, numClasses);
  if (classNames.length !== numClasses) {
    throw new InvalidOptionError(
      'createImageDataset',
      'classNames',
      `must have ${numClasses} names`,
      classNames.length,
    );
  }
  return fields;
}

/** Throws {@link LabelRangeError} for the first label that is not below `numClasses`; `source` names the file. */
export function checkLabels(labels: Uint8Array, numClasses: number, source?: string): void {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i]! >= numClasses) throw new LabelRangeError(i, labels[i]!, numClasses, source);
  }
}
