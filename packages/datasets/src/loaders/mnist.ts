import type { ImageDataset } from '../image-dataset';
import type { IdxDatasetSource } from './idx-dataset-source';
import { type LoadOptions, loadIdxDataset } from './load-idx-dataset';

const md5 = (hex: string) => ({ algorithm: 'md5', hex }) as const;

/** MNIST (Y. LeCun, C. Cortes, C. Burges): mirrors and the upstream MD5s of the gzipped files, as torchvision pins them. */
export const mnistSource: IdxDatasetSource = {
  id: 'mnist',
  title: 'MNIST',
  mirrors: [
    'https://ossci-datasets.s3.amazonaws.com/mnist/',
    'https://storage.googleapis.com/cvdf-datasets/mnist/',
  ],
  files: {
    train: {
      images: { name: 'train-images-idx3-ubyte.gz', checksum: md5('f68b3c2dcbeaaa9fbdd348bbdeb94873') },
      labels: { name: 'train-labels-idx1-ubyte.gz', checksum: md5('d53e105ee54ea40749a09fcbcd1e9432') },
    },
    test: {
      images: { name: 't10k-images-idx3-ubyte.gz', checksum: md5('9fb629c4189551a2d022fa330f9573f3') },
      labels: { name: 't10k-labels-idx1-ubyte.gz', checksum: md5('ec29112dd5afa0611ce80d1b7f02629c') },
    },
  },
  classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  imageShape: [28, 28],
  systemDirs: [],
};

/**
 * MNIST handwritten digits (Node only): 60,000 train and 10,000 test images of 28x28, values 0..255, 10 classes.
 * See {@link loadIdxDataset} for where the files come from.
 */
export function loadMnist(options: LoadOptions = {}): Promise<ImageDataset> {
  return loadIdxDataset(mnistSource, options);
}
