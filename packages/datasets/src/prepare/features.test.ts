import { describe, expect, it } from 'vitest';
import { caught } from '../../test-support/fixtures';
import { LabelRangeError } from '../errors/label-range-error';
import type { ImageDataset } from '../image-dataset';
import { oneHot } from './one-hot';
import { scaleImages } from './scale-images';
import { toFeatures } from './to-features';

const tiny: ImageDataset = {
  images: Uint8Array.of(0, 4, 8, 16, 4, 4, 6, 8),
  labels: Uint8Array.of(2, 0),
  count: 2,
  height: 2,
  width: 2,
  channels: 1,
  maxValue: 16,
  numClasses: 3,
  classNames: ['a', 'b', 'c'],
};

describe('preparation', () => {
  it('scales by the data set maxValue, or min-max over the values present', () => {
    expect(Array.from(scaleImages(tiny))).toEqual([0, 0.25, 0.5, 1, 0.25, 0.25, 0.375, 0.5]);
    const shifted = { ...tiny, images: tiny.images.map((value) => value + 2) };
    expect(Array.from(scaleImages(shifted, { method: 'min-max' }))).toEqual(Array.from(scaleImages(tiny)));
    expect(
      Array.from(scaleImages({ ...tiny, images: new Uint8Array(8).fill(3) }, { method: 'min-max' })),
    ).toEqual(new Array(8).fill(0));
  });

  it('one-hot encodes labels as Keras to_categorical does', () => {
    expect(Array.from(oneHot(Uint8Array.of(2, 0, 1), 3))).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0]);
  });

  it('rejects a label not below numClasses with LabelRangeError', async () => {
    const error = await caught(() => oneHot(Uint8Array.of(1, 3), 3));
    expect(error).toBeInstanceOf(LabelRangeError);
    expect(error).toMatchObject({ index: 1, label: 3, numClasses: 3 });
    expect(error.message).toMatch(/Received: labels\[1\]=3, numClasses=3$/);
  });

  it('gives features an explicit channel axis or flattens them', () => {
    const image = toFeatures(tiny);
    expect(image.shape).toEqual([2, 2, 2, 1]);
    expect(image.data).toEqual(scaleImages(tiny));
    const flat = toFeatures(tiny, { layout: 'flat', scale: 'min-max' });
    expect(flat.shape).toEqual([2, 4]);
    expect(flat.data[3]).toBe(1);
  });
});
