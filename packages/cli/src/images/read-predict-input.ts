import { readFile } from 'node:fs/promises';
import { readIdx } from '@digitlab/datasets';
import { InputFileError } from '../errors/input-file-error';
import { type Background, decodePng } from './decode-png';
import { frameInk } from './frame-ink';
import type { GreyImage } from './grey-image';
import { resizeArea } from './resize-area';

/** Images ready for a model: `count * height * width` values in [0, 1]. */
export interface PredictInput {
  readonly format: 'png' | 'idx';
  readonly count: number;
  readonly x: Float32Array;
}

/** Options of {@link readPredictInput}. */
export interface ReadPredictInputOptions {
  /** The model's image size. */
  readonly width: number;
  readonly height: number;
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
  return { format: 'png', count: 1, x: framed.pixels };
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
  const x = new Float32Array(count * size);
  for (let i = 0; i < count; i++) {
    const pixels = Float32Array.from(
      array.data.subarray(i * height * width, (i + 1) * height * width),
      (value) => value / 255,
    );
    x.set(resizeArea({ width, height, pixels }, options.width, options.height).pixels, i * size);
  }
  return { format: 'idx', count, x };
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
