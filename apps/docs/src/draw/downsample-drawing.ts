/** A drawing as one ink value per pixel, row-major: 0 is paper, 255 full ink. */
export interface Drawing {
  readonly ink: ArrayLike<number>;
  readonly width: number;
  readonly height: number;
}

/** Side of the bitmap the UCI digits were drawn into before being counted in blocks. */
const bitmapSize = 32;
/** Side of the blocks counted into one feature: 32 / 4 = 8 features a side, each 0..16. */
const blockSize = 4;
/** Ink below this (of 255) counts as paper when finding the digit's extent (anti-aliasing fringes). */
const inkThreshold = 32;
/**
 * On-pixels of the average UCI bitmap: the 1,797 digits' 64 counts sum to 313 on average, whatever the
 * class (a "1" is two columns of 16, not one thin line). Their pens were thick; a mouse line is thin.
 */
export const meanDigitInk = 313;

/**
 * Turns a drawing into the 8x8 features of scikit-learn's digits, the way the UCI data set made them:
 * the digit is scaled so its longer side fills a 32x32 bitmap (centred, aspect kept), each bitmap pixel is
 * on when at least half of it is inked, the strokes are thickened to the data set's average ink (its pens
 * were thicker than a mouse line), and each 4x4 block of the bitmap becomes the count of its on pixels,
 * 0..16. Returns the 64 counts, or undefined for a blank drawing.
 */
export function downsampleDrawing(drawing: Drawing): Float32Array | undefined {
  const { ink, width, height } = drawing;
  let top = height;
  let bottom = -1;
  let left = width;
  let right = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (ink[y * width + x]! < inkThreshold) continue;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  if (bottom < 0) return undefined;
  const side = Math.max(bottom - top + 1, right - left + 1);
  const originX = (left + right + 1 - side) / 2;
  const originY = (top + bottom + 1 - side) / 2;
  const coverage = new Float64Array(bitmapSize * bitmapSize);
  for (let y = top; y <= bottom; y++) {
    const row = Math.min(bitmapSize - 1, Math.floor(((y + 0.5 - originY) * bitmapSize) / side));
    for (let x = left; x <= right; x++) {
      const column = Math.min(bitmapSize - 1, Math.floor(((x + 0.5 - originX) * bitmapSize) / side));
      coverage[row * bitmapSize + column]! += ink[y * width + x]! / 255;
    }
  }
  const pixelsPerCell = (side / bitmapSize) ** 2;
  let bitmap = Uint8Array.from(coverage, (value) => (value / pixelsPerCell >= 0.5 ? 1 : 0));
  // A stroke thinner than the data's pens is thickened below; trace all of it, or a thin line would
  // fall under the half-inked rule and vanish before it could be.
  if (inkOf(bitmap) < meanDigitInk) bitmap = Uint8Array.from(coverage, (value) => (value > 0 ? 1 : 0));
  const features = new Float32Array((bitmapSize / blockSize) ** 2);
  const featureSide = bitmapSize / blockSize;
  const thick = thickenStrokes(bitmap);
  for (let row = 0; row < bitmapSize; row++) {
    for (let column = 0; column < bitmapSize; column++) {
      if (thick[row * bitmapSize + column] === 0) continue;
      features[Math.floor(row / blockSize) * featureSide + Math.floor(column / blockSize)]! += 1;
    }
  }
  return features;
}

/** The on-pixels of a bitmap. */
const inkOf = (bitmap: Uint8Array) => bitmap.reduce((sum, value) => sum + value, 0);

/** One pixel of growth in the four directions. */
function dilate(bitmap: Uint8Array): Uint8Array {
  const grown = bitmap.slice();
  for (let y = 0; y < bitmapSize; y++) {
    for (let x = 0; x < bitmapSize; x++) {
      if (bitmap[y * bitmapSize + x] === 0) continue;
      if (x > 0) grown[y * bitmapSize + x - 1] = 1;
      if (x < bitmapSize - 1) grown[y * bitmapSize + x + 1] = 1;
      if (y > 0) grown[(y - 1) * bitmapSize + x] = 1;
      if (y < bitmapSize - 1) grown[(y + 1) * bitmapSize + x] = 1;
    }
  }
  return grown;
}

/** The bitmap grown a pixel at a time while that brings its ink closer to {@link meanDigitInk}. */
function thickenStrokes(bitmap: Uint8Array): Uint8Array {
  let current = bitmap;
  for (;;) {
    const grown = dilate(current);
    if (Math.abs(inkOf(grown) - meanDigitInk) >= Math.abs(inkOf(current) - meanDigitInk)) return current;
    current = grown;
  }
}

/** The ink of a canvas' RGBA pixels drawn in an opaque colour on a transparent canvas: the alpha channel. */
export function inkFromRgba(rgba: ArrayLike<number>, width: number, height: number): Drawing {
  const ink = new Uint8ClampedArray(width * height);
  for (let i = 0; i < ink.length; i++) ink[i] = rgba[4 * i + 3]!;
  return { ink, width, height };
}
