import { LengthMismatchError } from '../errors/length-mismatch-error.js';
import type { LabelArray } from '../input/label-array.js';

/** A caption and whether it marks a wrong prediction. */
export interface ImageCaption {
  readonly caption: string;
  readonly wrong: boolean;
}

/**
 * Captions for the shown images: the given ones, else `'7'` (label only), `'pred 7'` (prediction only)
 * or `'7'` / `'pred 1 · true 7'` (both; the second is a mistake).
 */
export function imageCaptions(
  indices: readonly number[],
  count: number,
  options: { labels?: LabelArray; predictions?: LabelArray; captions?: readonly string[] },
): ImageCaption[] {
  const { labels, predictions, captions } = options;
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
    return captions.map((caption) => ({ caption, wrong: false }));
  }
  return indices.map((index) => {
    const label = labels?.[index];
    const predicted = predictions?.[index];
    if (label === undefined && predicted === undefined) return { caption: `#${index}`, wrong: false };
    if (predicted === undefined) return { caption: String(label), wrong: false };
    if (label === undefined) return { caption: `pred ${predicted}`, wrong: false };
    const wrong = label !== predicted;
    return { caption: wrong ? `pred ${predicted} · true ${label}` : String(label), wrong };
  });
}
