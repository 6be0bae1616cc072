import { InvalidOptionError } from '../errors/invalid-option-error';
import type { ImageDataset } from '../image-dataset';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';

/** Options of {@link renderImage}. */
export interface RenderOptions {
  /** Characters from darkest (value 0) to brightest (`maxValue`). @default ' .:-=+*#%@' */
  ramp?: string;
}

const renderImageOptionKeys: OptionKeys<RenderOptions> = { ramp: true };

/** Draws one image as text, one line per pixel row, two characters per pixel (the channels are averaged). */
export function renderImage(dataset: ImageDataset, index: number, options: RenderOptions = {}): string {
  checkOptionKeys('renderImage', options, renderImageOptionKeys);
  const { ramp = ' .:-=+*#%@' } = options;
  const { height, width, channels, maxValue } = dataset;
  if (!Number.isInteger(index) || index < 0 || index >= dataset.count) {
    throw new InvalidOptionError(
      'renderImage',
      'index',
      `must be an integer in [0, ${dataset.count})`,
      index,
    );
  }
  const start = index * height * width * channels;
  const rows: string[] = [];
  for (let row = 0; row < height; row++) {
    let line = '';
    for (let column = 0; column < width; column++) {
      let sum = 0;
      for (let channel = 0; channel < channels; channel++) {
        sum += dataset.images[start + (row * width + column) * channels + channel]!;
      }
      const level = Math.min(ramp.length - 1, Math.round((sum / channels / maxValue) * (ramp.length - 1)));
      line += ramp[level]!.repeat(2);
    }
    rows.push(line);
  }
  return rows.join('\n');
}
