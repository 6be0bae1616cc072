import { PNG } from 'pngjs';
import type { GreyImage } from './grey-image';

/** How to tell ink from paper in a PNG. */
export type Background = 'auto' | 'light' | 'dark';

/** Every {@link Background}. */
export const backgrounds: readonly Background[] = ['auto', 'light', 'dark'];

/** Mean of the outermost pixels, which are paper in any framed drawing of a digit. */
function borderMean(luminance: Float32Array, width: number, height: number): number {
  let sum = 0;
  let count = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (y === 0 || y === height - 1 || x === 0 || x === width - 1) {
        sum += luminance[y * width + x]!;
        count++;
      }
    }
  }
  return sum / count;
}

/**
 * Decodes a PNG (any colour type and bit depth) into ink values: luminance (Rec. 601) composited over white,
 * inverted when the background is light, since the data sets store ink as the high value. `auto` calls the
 * background light when the image's border is more light than dark.
 *
 * @throws whatever pngjs throws for bytes that are not a valid PNG.
 */
export function decodePng(bytes: Uint8Array, background: Background = 'auto'): GreyImage {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const { width, height, data } = png;
  const luminance = new Float32Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const alpha = data[4 * i + 3]! / 255;
    const grey = (0.299 * data[4 * i]! + 0.587 * data[4 * i + 1]! + 0.114 * data[4 * i + 2]!) / 255;
    luminance[i] = alpha * grey + (1 - alpha);
  }
  const light =
    background === 'light' || (background === 'auto' && borderMean(luminance, width, height) > 0.5);
  const pixels = light ? luminance.map((value) => 1 - value) : luminance;
  return { width, height, pixels };
}
