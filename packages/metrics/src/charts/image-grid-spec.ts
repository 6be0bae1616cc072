import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { checkInteger } from '../input/check-integer.js';
import type { LabelArray } from '../input/label-array.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import { imageCaptions } from './image-captions.js';
import { labelLimit, textWidth, wrapText } from './label-fit.js';
import type { ChartOptions, VegaLiteSpec } from './vega-lite-spec.js';
import { VEGA_LITE_SCHEMA } from './vega-lite-spec.js';

/** Greyscale images as raw pixels: `count × height × width` values, row-major, one channel. */
export interface ImageBatch {
  /** Pixel values, 0–255 (e.g. a `Uint8Array` from the dataset) or 0–1 floats. */
  readonly pixels: ArrayLike<number>;
  /** Image width in pixels, e.g. 28. */
  readonly width: number;
  /** Image height in pixels, e.g. 28. */
  readonly height: number;
}

const captionFontSize = 10;
const captionLineHeight = 12;
/** Pixels between an image and its caption. */
const captionGap = 4;

/** Options of {@link imageGridSpec}. */
export interface ImageGridOptions extends ChartOptions {
  /** Which images to show, in order (e.g. `topErrors(...).map((e) => e.index)`). @default all */
  indices?: ArrayLike<number>;
  /** True label of every image in the batch, indexed like the batch. @default none */
  labels?: LabelArray;
  /** Predicted label of every image in the batch, indexed like the batch; wrong ones are captioned in red. @default none */
  predictions?: LabelArray;
  /** Captions for the shown images, in display order; replace the label-based captions (wrong predictions stay red). @default from labels and predictions */
  captions?: readonly string[];
  /** Class names used in the label-based captions, indexed by label (e.g. Fashion-MNIST's `'Sneaker'`). @default the label numbers */
  labelNames?: readonly string[];
  /** Images per row. @default 10 */
  columns?: number;
  /** Screen pixels per image pixel. @default 3 */
  pixelSize?: number;
  /** The pixel value drawn black. @default 255 if any pixel exceeds 1, else 1 */
  maxValue?: number;
}

const imageGridSpecOptionKeys: OptionKeys<ImageGridOptions> = {
  title: true,
  indices: true,
  labels: true,
  predictions: true,
  captions: true,
  labelNames: true,
  columns: true,
  pixelSize: true,
  maxValue: true,
};

/**
 * A grid of images drawn from raw pixels, each with a caption: one `rect` per non-background pixel,
 * positioned in screen units (`scale: null`). Rects render identically in vega's Node SVG renderer
 * (no canvas, no image decoding) and in the browser; an `image` mark would need a PNG encoder here and
 * an image loader in whatever renders the spec.
 */
export function imageGridSpec(images: ImageBatch, options: ImageGridOptions = {}): VegaLiteSpec {
  checkOptionKeys('imageGridSpec', options, imageGridSpecOptionKeys);
  const { width, height, pixels } = images;
  const { columns = 10, pixelSize = 3, title = 'Images' } = options;
  checkInteger('options.columns', columns, 1, 'images per row');
  checkInteger('options.pixelSize', pixelSize, 1, 'screen pixels per image pixel');
  const size = width * height;
  if (!Number.isInteger(size) || size <= 0 || pixels.length === 0 || pixels.length % size !== 0) {
    throw new InvalidArgumentError(
      'images',
      { pixels: pixels.length, width, height },
      'images.pixels must hold count × height × width values for positive integer width and height',
    );
  }
  const count = pixels.length / size;
  const indices = options.indices ? Array.from(options.indices) : Array.from({ length: count }, (_, i) => i);
  for (const index of indices) {
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new InvalidArgumentError(
        'options.indices',
        index,
        `every index must be an image index in [0, ${count})`,
      );
    }
  }
  const { maxValue = Array.from(pixels).some((value) => value > 1) ? 255 : 1 } = options;
  const captions = imageCaptions(indices, count, options);
  // Each slot is as wide as its widest caption line and as tall as the most lines, so no caption runs into
  // its neighbour's, whatever the class names.
  const imageWidth = width * pixelSize;
  const wrapWidth = Math.max(imageWidth, labelLimit);
  const lines = captions.map(({ caption }) =>
    caption.split('\n').flatMap((line) => wrapText(line, wrapWidth, captionFontSize)),
  );
  const captionWidth = Math.max(...lines.flat().map((line) => textWidth(line, captionFontSize)));
  const lineCount = Math.max(...lines.map((caption) => caption.length));
  const slotWidth = Math.max(imageWidth + Math.max(2 * pixelSize, 12), captionWidth + 10);
  const slotHeight = height * pixelSize + captionGap + lineCount * captionLineHeight + 8;
  const pixelRows: { x: number; x2: number; y: number; y2: number; value: number }[] = [];
  const captionRows: { x: number; y: number; caption: string; wrong: boolean }[] = [];
  indices.forEach((image, slot) => {
    // Whole-pixel offsets keep the image's pixels crisp.
    const left = (slot % columns) * slotWidth + Math.floor((slotWidth - imageWidth) / 2);
    const top = Math.floor(slot / columns) * slotHeight;
    for (let row = 0; row < height; row++) {
      for (let column = 0; column < width; column++) {
        const value = pixels[image * size + row * width + column]!;
        // Zero pixels are the white background; skipping them keeps the SVG about five times smaller.
        if (value > 0) {
          const x = left + column * pixelSize;
          const y = top + row * pixelSize;
          pixelRows.push({ x, x2: x + pixelSize, y, y2: y + pixelSize, value });
        }
      }
    }
    captionRows.push({
      x: left + imageWidth / 2,
      y: top + height * pixelSize + captionGap,
      caption: lines[slot]!.join('\n'),
      wrong: captions[slot]!.wrong,
    });
  });
  const position = (field: string) => ({ field, type: 'quantitative', scale: null, axis: null });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    width: Math.min(columns, indices.length) * slotWidth,
    height: Math.ceil(indices.length / columns) * slotHeight,
    background: 'white',
    view: { stroke: null },
    layer: [
      {
        data: { values: pixelRows },
        // Without ARIA attributes each pixel's SVG element is about a third the size.
        mark: { type: 'rect', strokeWidth: 0, aria: false },
        encoding: {
          x: position('x'),
          x2: { field: 'x2' },
          y: position('y'),
          y2: { field: 'y2' },
          color: {
            field: 'value',
            type: 'quantitative',
            scale: { domain: [0, maxValue], range: ['white', 'black'] },
            legend: null,
          },
        },
      },
      {
        data: { values: captionRows },
        mark: {
          type: 'text',
          baseline: 'top',
          fontSize: captionFontSize,
          lineBreak: '\n',
          lineHeight: captionLineHeight,
        },
        encoding: {
          x: position('x'),
          y: position('y'),
          text: { field: 'caption', type: 'nominal' },
          color: { condition: { test: 'datum.wrong', value: '#c62828' }, value: 'black' },
        },
      },
    ],
  };
}
