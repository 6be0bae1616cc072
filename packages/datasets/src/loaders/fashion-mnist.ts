import type { ImageDataset } from '../image-dataset';
import type { IdxDatasetSource } from './idx-dataset-source';
import { type LoadOptions, loadIdxDataset } from './load-idx-dataset';

const md5 = (hex: string) => ({ algorithm: 'md5', hex }) as const;

/**
 * Fashion-MNIST (H. Xiao, K. Rasul, R. Vollgraf, Zalando Research, MIT licence): mirrors, the upstream MD5s of the
 * gzipped files, and Debian's `dataset-fashion-mnist` folder.
 */
export const fashionMnistSource: IdxDatasetSource = {
  id: 'fashion-mnist',
  title: 'Fashion-MNIST',
  mirrors: [
    'http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/',
    'https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/',
  ],
  files: {
    train: {
      images: { name: 'train-images-idx3-ubyte.gz', checksum: md5('8d4fb7e6c68d591d4c3dfef9ec88bf0d') },
      labels: { name: 'train-labels-idx1-ubyte.gz', checksum: md5('25c81989df183df01b3e8a0aad5dffbe') },
    },
    test: {
      images: { name: 't10k-images-idx3-ubyte.gz', checksum: md5('bef4ecab320f06d8554ea6380940ec79') },
      labels: { name: 't10k-labels-idx1-ubyte.gz', checksum: md5('bb300cfdad3c16e7a12a480ee83cd310') },
    },
  },
  classNames: [
    'T-shirt/top',
    'Trouser',
    'Pullover',
    'Dress',
    'Coat',
    'Sandal',
    'Shirt',
    'Sneaker',
    'Bag',
    'Ankle boot',
  ],
  imageShape: [28, 28],
  systemDirs: ['/usr/share/datasets/fashion-mnist'],
};

/**
 * Fashion-MNIST clothing images (Node only): 60,000 train and 10,000 test images of 28x28, values 0..255,
 * 10 classes. Debian's `dataset-fashion-mnist` package is used when installed. See {@link loadIdxDataset}.
 */
export function loadFashionMnist(options: LoadOptions = {}): Promise<ImageDataset> {
  return loadIdxDataset(fashionMnistSource, options);
}
