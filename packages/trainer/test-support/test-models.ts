import { InputLayer, layers, Sequential } from '@digitlab/models';

/** A random-looking but reproducible sample set: `count` uint8 images of `size` values, `classes` labels. */
export function syntheticSamples(count: number, size: number, classes: number, seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const x = new Uint8Array(count * size).map(() => Math.floor(next() * 256));
  const y = new Uint8Array(count).map(() => Math.floor(next() * classes));
  return { x, y, maxValue: 255 };
}

/** One convolution case of `convolutionModel`: the first convolution's and the pooling's settings. */
export interface ConvolutionGeometry {
  kernel: number;
  stride: number;
  padding: 'valid' | 'same';
  pool: number;
  poolStride: number;
  poolPadding: 'valid' | 'same';
  shape: readonly number[];
}

/** The convolution geometries the parity tests cover: kernel, stride and padding of conv and pooling. */
export const convolutionCases: readonly ConvolutionGeometry[] = [
  { kernel: 3, stride: 1, padding: 'valid', pool: 2, poolStride: 2, poolPadding: 'valid', shape: [9, 8, 2] },
  { kernel: 3, stride: 2, padding: 'same', pool: 3, poolStride: 2, poolPadding: 'same', shape: [11, 9, 3] },
  { kernel: 5, stride: 1, padding: 'same', pool: 2, poolStride: 1, poolPadding: 'valid', shape: [7, 7, 1] },
  { kernel: 2, stride: 3, padding: 'valid', pool: 2, poolStride: 2, poolPadding: 'same', shape: [10, 13, 4] },
];

/** conv -> pooling (max or average) -> conv -> flatten -> dense softmax, for one geometry case. */
export function convolutionModel(
  geometry: ConvolutionGeometry,
  options: { pooling: 'max' | 'average'; activation: 'relu' | 'tanh' | 'sigmoid'; seed: number },
): Sequential {
  const pooling = options.pooling === 'max' ? layers.maxPooling2d : layers.averagePooling2d;
  return new Sequential({
    name: 'geometry',
    seed: options.seed,
    layers: [
      new InputLayer({ shape: [...geometry.shape] }),
      layers.conv2d({
        filters: 5,
        kernelSize: geometry.kernel,
        strides: geometry.stride,
        padding: geometry.padding,
        activation: options.activation,
      }),
      pooling({ poolSize: geometry.pool, strides: geometry.poolStride, padding: geometry.poolPadding }),
      layers.conv2d({ filters: 3, kernelSize: 1, activation: 'linear' }),
      layers.activation({ activation: 'relu' }),
      layers.flatten(),
      layers.dense({ units: 7 }),
      layers.activation({ activation: 'softmax' }),
    ],
  }).build();
}
