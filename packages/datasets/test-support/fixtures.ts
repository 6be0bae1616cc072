import type { ImageDataset } from '../src/image-dataset';

/** A small data set whose pixel values encode their sample index, so tests can tell samples apart. */
export function indexedDataset(
  labels: readonly number[],
  numClasses = 3,
  height = 2,
  width = 3,
): ImageDataset {
  const size = height * width;
  const images = new Uint8Array(labels.length * size);
  for (let index = 0; index < labels.length; index++)
    images.fill(index % 256, index * size, (index + 1) * size);
  return {
    images,
    labels: Uint8Array.from(labels),
    count: labels.length,
    height,
    width,
    channels: 1,
    maxValue: 255,
    numClasses,
    classNames: Array.from({ length: numClasses }, (_, label) => `class ${label}`),
  };
}

/** Catches what `run` throws, for asserting on the error's class and fields. */
export async function caught(run: () => unknown): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, none was thrown');
}
