import { readIdx, SizeLimitError } from '@digitlab/datasets';
import { FileLimitError } from '../errors/file-limit-error';
import { InputFileError } from '../errors/input-file-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { type Background, decodePng } from './decode-png';
import { frameInk } from './frame-ink';
import type { GreyImage } from './grey-image';
import { pngSize } from './png-size';
import { readInputFile } from './read-input-file';
import { resizeArea } from './resize-area';

/** Images for a model: `count * height * width` values, divided by `maxValue` when fed. */
export interface PredictInput {
  readonly format: 'png' | 'idx';
  readonly count: number;
  /** Ink in [0, 1] (PNG), or the file's values, resized when the file's size differs from the model's (IDX). */
  readonly x: Float32Array | Uint8Array;
  /** The value that maps to 1: 1 for a PNG (read as ink in [0, 1]); for an IDX file, its scale. */
  readonly maxValue: number;
  /** The largest value in the file (IDX), or 1 (PNG). */
  readonly largestValue: number;
}

/** Options of {@link readPredictInput}. */
export interface ReadPredictInputOptions {
  /** The model's image size. */
  readonly width: number;
  readonly height: number;
  /**
   * The scale the model was trained on (16 for the digits, 255 for MNIST). IDX values within it are
   * divided by it; a file with larger values holds bytes (0..255) and is divided by 255.
   */
  readonly maxValue: number;
  /**
   * Which PNG background is paper.
   * @default 'auto'
   */
  readonly background?: Background;
  /**
   * The most pixels a PNG may declare; a larger one is refused before decoding (`--max-pixels`).
   * @default 16777216 (4096 x 4096)
   */
  readonly maxPixels?: number;
  /**
   * The most bytes the input file may hold, and an IDX file may inflate to when gzipped; a larger one is
   * refused before it is read or inflated further (`--max-input-mib`).
   * @default 268435456 (256 MiB: MNIST's largest file, decompressed, is 47 MB)
   */
  readonly maxBytes?: number;
}

const readPredictInputOptionKeys: OptionKeys<ReadPredictInputOptions> = {
  width: true,
  height: true,
  maxValue: true,
  background: true,
  maxPixels: true,
  maxBytes: true,
};

/** Default of {@link ReadPredictInputOptions.maxPixels}. */
export const defaultMaxPixels = 4096 * 4096;

/** Default of {@link ReadPredictInputOptions.maxBytes}: 256 MiB. */
export const defaultMaxInputBytes = 256 * 1024 * 1024;

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The paper around a digit, as a fraction of the frame: MNIST draws digits in a 20x20 box inside 28x28;
 * the 8x8 digits were downsampled from bitmaps that the digit fills.
 */
const digitMargin = (width: number) => (width >= 28 ? 4 / 28 : 0);

function fromPng(path: string, bytes: Uint8Array, options: ReadPredictInputOptions): PredictInput {
  const { maxPixels = defaultMaxPixels } = options;
  const size = pngSize(bytes);
  if (size !== undefined && size.width * size.height > maxPixels) {
    throw new InputFileError(
      path,
      `the PNG has more than the limit of ${maxPixels} pixels; pass a larger --max-pixels if it is genuine`,
      `${size.width}x${size.height} pixels`,
    );
  }
  let image: GreyImage;
  try {
    image = decodePng(bytes, options.background);
  } catch (error) {
    throw new InputFileError(path, 'the PNG cannot be decoded', `${bytes.length} bytes`, { cause: error });
  }
  const framed = resizeArea(frameInk(image, digitMargin(options.width)), options.width, options.height);
  return { format: 'png', count: 1, x: framed.pixels, maxValue: 1, largestValue: 1 };
}

async function fromIdx(
  path: string,
  bytes: Uint8Array,
  options: ReadPredictInputOptions,
): Promise<PredictInput> {
  const { maxBytes = defaultMaxInputBytes } = options;
  const array = await readIdx(bytes, { source: path, maxBytes }).catch((error: unknown) => {
    if (error instanceof SizeLimitError) {
      throw new FileLimitError(path, maxBytes, '--max-input-mib', error.received, { cause: error });
    }
    throw new InputFileError(path, 'it is neither a PNG nor an IDX file', `${bytes.length} bytes`, {
      cause: error,
    });
  });
  const shape = array.shape.length === 2 ? [1, ...array.shape] : array.shape;
  if (array.dtype !== 'uint8' || shape.length !== 3) {
    throw new InputFileError(
      path,
      'an IDX file of images needs unsigned bytes and shape [count, height, width] (as MNIST image files)',
      `dtype=${array.dtype}, shape=[${array.shape.join(',')}]`,
    );
  }
  const [count, height, width] = shape as [number, number, number];
  const size = options.width * options.height;
  const data = array.data as Uint8Array;
  // Raw values, as the training images were fed: the trainer divides them by maxValue batch by batch.
  let x: Float32Array | Uint8Array = data;
  if (width !== options.width || height !== options.height) {
    x = new Float32Array(count * size);
    for (let i = 0; i < count; i++) {
      const pixels = Float32Array.from(data.subarray(i * height * width, (i + 1) * height * width));
      x.set(resizeArea({ width, height, pixels }, options.width, options.height).pixels, i * size);
    }
  }
  const largestValue = data.reduce((largest, value) => Math.max(largest, value), 0);
  const maxValue = largestValue <= options.maxValue ? options.maxValue : 255;
  return { format: 'idx', count, x, maxValue, largestValue };
}

/**
 * Reads the input of `predict`: a PNG (converted to ink on paper, cropped to the digit, framed like MNIST and
 * resized to the model's input by area averaging) or an IDX image file, gzipped or not (each image resized
 * if its size differs from the model's).
 */
export async function readPredictInput(
  path: string,
  options: ReadPredictInputOptions,
): Promise<PredictInput> {
  checkOptionKeys('readPredictInput', options, readPredictInputOptionKeys);
  const { maxBytes = defaultMaxInputBytes } = options;
  if (!(Number.isSafeInteger(maxBytes) && maxBytes > 0)) {
    throw new InvalidOptionError('readPredictInput', 'maxBytes', 'must be a positive whole number', maxBytes);
  }
  const bytes = await readInputFile(path, maxBytes);
  const isPng = pngSignature.every((value, i) => bytes[i] === value);
  return isPng ? fromPng(path, bytes, options) : fromIdx(path, bytes, options);
}
