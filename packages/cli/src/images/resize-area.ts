import type { GreyImage } from './grey-image';

/** How much of the source interval [start, start + 1) lies inside [low, high). */
const overlap = (start: number, low: number, high: number) =>
  Math.max(0, Math.min(start + 1, high) - Math.max(start, low));

/**
 * Resamples an image to `width x height` by area averaging: each output pixel is the mean of the source
 * area it covers (fractional pixels weighted by coverage). Downscaling keeps every stroke's ink, the way
 * the 8x8 digits were made from 32x32 bitmaps; upscaling repeats pixels.
 */
export function resizeArea(image: GreyImage, width: number, height: number): GreyImage {
  if (image.width === width && image.height === height) return image;
  const scaleX = image.width / width;
  const scaleY = image.height / height;
  const pixels = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const top = y * scaleY;
    const bottom = top + scaleY;
    for (let x = 0; x < width; x++) {
      const left = x * scaleX;
      const right = left + scaleX;
      let sum = 0;
      for (let sourceY = Math.floor(top); sourceY < Math.min(Math.ceil(bottom), image.height); sourceY++) {
        const weightY = overlap(sourceY, top, bottom);
        for (let sourceX = Math.floor(left); sourceX < Math.min(Math.ceil(right), image.width); sourceX++) {
          sum += weightY * overlap(sourceX, left, right) * image.pixels[sourceY * image.width + sourceX]!;
        }
      }
      pixels[y * width + x] = sum / (scaleX * scaleY);
    }
  }
  return { width, height, pixels };
}
