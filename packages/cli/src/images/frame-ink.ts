import type { GreyImage } from './grey-image';

/** Ink below this (out of 1) is paper noise, not part of the digit. */
const inkThreshold = 0.2;

/**
 * Crops an image to the bounding box of its ink and pads it to a centred square with `margin` (a fraction
 * of the side) of paper around it: MNIST draws each digit in a 20x20 box inside 28x28, so a drawing of any
 * size and position lands where the models expect digits. An image without ink is returned as it is.
 */
export function frameInk(image: GreyImage, margin: number): GreyImage {
  const { width, height, pixels } = image;
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x]! < inkThreshold) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) return image;
  const inkSide = Math.max(right - left + 1, bottom - top + 1);
  const side = Math.ceil(inkSide / (1 - 2 * margin));
  const offsetX = Math.floor((side - (right - left + 1)) / 2);
  const offsetY = Math.floor((side - (bottom - top + 1)) / 2);
  const framed = new Float32Array(side * side);
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      framed[(y - top + offsetY) * side + (x - left + offsetX)] = pixels[y * width + x]!;
    }
  }
  return { width: side, height: side, pixels: framed };
}
