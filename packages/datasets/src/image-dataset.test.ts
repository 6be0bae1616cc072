import { describe, expect, it } from 'vitest';
import { caught, indexedDataset } from '../test-support/fixtures';
import { CountMismatchError } from './errors/count-mismatch-error';
import { DatasetsError } from './errors/datasets-error';
import { InvalidOptionError } from './errors/invalid-option-error';
import { LabelRangeError } from './errors/label-range-error';
import { createImageDataset } from './image-dataset';

describe('createImageDataset', () => {
  const valid = indexedDataset([0, 2, 1]);

  it('returns a consistent data set unchanged', () => {
    expect(createImageDataset(valid)).toBe(valid);
  });

  it('rejects images whose length is not count*height*width*channels', async () => {
    const error = await caught(() => createImageDataset({ ...valid, images: new Uint8Array(17) }));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toBeInstanceOf(DatasetsError);
    expect(error.message).toMatch(
      /count\*height\*width\*channels = 3\*2\*3\*1 .*Received: images=Uint8Array\(17\)$/,
    );
  });

  it('rejects a labels array of another length, labels out of range and a wrong number of class names', async () => {
    expect(await caught(() => createImageDataset({ ...valid, labels: Uint8Array.of(0, 1) }))).toBeInstanceOf(
      CountMismatchError,
    );
    expect(
      await caught(() => createImageDataset({ ...valid, labels: Uint8Array.of(0, 3, 1) })),
    ).toBeInstanceOf(LabelRangeError);
    expect(await caught(() => createImageDataset({ ...valid, classNames: ['x'] }))).toMatchObject({
      name: 'InvalidOptionError',
      option: 'classNames',
    });
  });
});
