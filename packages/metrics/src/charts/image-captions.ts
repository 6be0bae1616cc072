import { LengthMismatchError } from '../errors/length-mismatch-error.js';
import type { LabelArray } from '../input/label-array.js';

/** A caption and whether it marks a wrong prediction. */
export interface ImageCaption {
  readonly caption: string;
  readonly wrong: boolean;
}

/**
 * Captions for the shown images: the given ones, else `'7'` (label only), `'pred 7'` (prediction only)
 * or `'7'` / `'pred 1\ntrue 7'` (both; the second, on two lines, is a mistake), with `labelNames` in place of the numbers.
 * Captions may hold line breaks (`\n`). A shown image is marked wrong whenever its label and prediction differ, also under given captions.
 */
export function imageCaptions(
  indices: readonly number[],
  count: number,
  options: {
    labels?: LabelArray;
    predictions?: LabelArray;
    captions?: readonly string[];
    labelNames?: readonly string[];
  },
): ImageCaption[] {
  const { labels, predictions, captions, labelNames } = options;
  const name = (label: number) => labelNames?.[label] ?? String(label);
  const isWrong = (index: number) =>
    labels?.[index] !== undefined &&
    predictions?.[index] !== undefined &&
    labels[index] !== predictions[index];
  if (labels !== undefined && labels.length !== count) {
    throw new LengthMismatchError('options.labels', 'images', count, labels.length);
  }
  if (predictions !== undefined && predictions.length !== count) {
    throw new LengthMismatchError('options.predictions', 'images', count, predictions.length);
  }
  if (captions !== undefined) {
    if (captions.length !== indices.length) {
      throw new LengthMismatchError('options.captions', 'shown images', indices.length, captions.length);
    }
    return captions.map((caption, slot) => ({ caption, wrong: isWrong(indices[slot]!) }));
  }
  return indices.map((index) => {
    const label = labels?.[index];
    const predicted = predictions?.[index];
    if (label === undefined && predicted === undefined) return { caption: `#${index}`, wrong: false };
    if (predicted === undefined) return { caption: name(label!), wrong: false };
    if (label === undefined) return { caption: `pred ${name(predicted)}`, wrong: false };
    const wrong = isWrong(index);
    return { caption: wrong ? `pred ${name(predicted)}\ntrue ${name(label)}` : name(label), wrong };
  });
}
