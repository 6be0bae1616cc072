import { CountMismatchError } from '../errors/count-mismatch-error';
import { EmptyDatasetError } from '../errors/empty-dataset-error';
import { IdxFormatError } from '../errors/idx-format-error';
import type { IdxArray } from '../idx/idx-array';
import { checkLabels, type ImageDataset } from '../image-dataset';

/** A file's parsed content and where it came from. */
export interface IdxFile {
  readonly path: string;
  readonly array: IdxArray;
}

/**
 * Pairs an images file (uint8, `[count, height, width]`) with its labels file (uint8, `[count]`), checking types,
 * ranks, counts and label range.
 */
export function assembleDataset(
  images: IdxFile,
  labels: IdxFile,
  classNames: readonly string[],
): ImageDataset {
  const imageArray = expectUint8(images, 3);
  const labelArray = expectUint8(labels, 1);
  const [count, height, width] = images.array.shape as [number, number, number];
  if (labels.array.shape[0] !== count) {
    throw new CountMismatchError(count, labels.array.shape[0]!, `${images.path} and ${labels.path}`);
  }
  if (count === 0) throw new EmptyDatasetError(images.path, 'holds no images; fetch the file again', 0);
  checkLabels(labelArray, classNames.length, labels.path);
  return {
    images: imageArray,
    labels: labelArray,
    count,
    height,
    width,
    channels: 1,
    maxValue: 255,
    numClasses: classNames.length,
    classNames,
  };
}

function expectUint8({ path, array }: IdxFile, rank: number): Uint8Array {
  if (array.dtype !== 'uint8')
    throw new IdxFormatError(path, 'dtype', 'unsigned bytes (type 0x08)', array.dtype);
  if (array.shape.length !== rank) {
    throw new IdxFormatError(
      path,
      'rank',
      `rank ${rank}`,
      `rank ${array.shape.length} [${array.shape.join(', ')}]`,
    );
  }
  return array.data;
}

/** The samples of `first` followed by those of `second`; their image shapes must agree. */
export function concatDatasets(first: ImageDataset, second: ImageDataset): ImageDataset {
  if (first.height !== second.height || first.width !== second.width || first.channels !== second.channels) {
    throw new IdxFormatError(
      'the test split',
      'length',
      `images of ${first.height}x${first.width} like the train split`,
      `${second.height}x${second.width}`,
    );
  }
  const images = new Uint8Array(first.images.length + second.images.length);
  images.set(first.images);
  images.set(second.images, first.images.length);
  const labels = new Uint8Array(first.count + second.count);
  labels.set(first.labels);
  labels.set(second.labels, first.count);
  return { ...first, images, labels, count: first.count + second.count };
}
