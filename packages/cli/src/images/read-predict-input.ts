import { readFile } from 'node:fs/promises';
import { readIdx } from '@digitlab/datasets';
import { InputFileError } from '../errors/input-file-error';
import { type Background, decodePng } from './decode-png';
import { frameInk } from './frame-ink';
import type { GreyImage } from './grey-image';
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
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The paper around a digit, as a fraction of the frame: MNIST draws digits in a 20x20 box inside 28x28;
 * the 8x8 digits were downsampled from bitmaps that the digit fills.
 */
const digitMargin = (width: number) => (width >= 28 ? 4 / 28 : 0);

function fromPng(path: string, bytes: Uint8Array, options: ReadPredictInputOptions): PredictInput {
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
  const array = await readIdx(bytes, { source: path }).catch((error: unknown) => {
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
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw new InputFileError(path, 'the file cannot be read', (error as Error).message, { cause: error });
  }
  const isPng = pngSignature.every((value, i) => bytes[i] === value);
  return isPng ? fromPng(path, bytes, options) : fromIdx(path, bytes, options);
}
