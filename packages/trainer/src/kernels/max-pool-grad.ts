import { backend_util, type KernelFunc, type MaxPoolGradAttrs, type TensorInfo } from '@tensorflow/tfjs-core';
import { KernelInputError } from '../errors/kernel-input-error';
import type { KernelStorage } from './kernel-storage';

/**
 * The gradient of max pooling: each output's gradient goes to the input that was the window's maximum
 * (the first one in scan order on ties, as tfjs' cpu kernel does). One pass, channels innermost so reads
 * are contiguous; the stock wasm and cpu kernels are ~3x and ~50x slower on LeNet-5's pools.
 */
export function maxPoolGrad(
  storage: KernelStorage,
  dy: TensorInfo,
  input: TensorInfo,
  attrs: MaxPoolGradAttrs,
): TensorInfo {
  if (input.shape.length !== 4) {
    throw new KernelInputError(
      'MaxPoolGrad',
      storage.backendName,
      'supports 4-D NHWC inputs only',
      `shape=[${input.shape.join(',')}]`,
    );
  }
  const info = backend_util.computePool2DInfo(
    input.shape as [number, number, number, number],
    attrs.filterSize,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth } = info;
  const { filterHeight, filterWidth, strideHeight, strideWidth } = info;
  const { top: padTop, left: padLeft } = info.padInfo;
  const dx = storage.allocate(input.shape);
  const dxValues = storage.view(dx);
  const x = storage.view(input);
  const dyValues = storage.view(dy);
  dxValues.fill(0);
  const fullWindows = 2 * outHeight <= inHeight && 2 * outWidth <= inWidth && padTop === 0 && padLeft === 0;
  if (filterHeight === 2 && filterWidth === 2 && strideHeight === 2 && strideWidth === 2 && fullWindows) {
    maxPool2x2Grad(x, dyValues, dxValues, batchSize, inHeight, inWidth, channels, outHeight, outWidth);
    return dx;
  }
  const best = new Float32Array(channels);
  const bestIndex = new Int32Array(channels);
  for (let b = 0; b < batchSize; b++) {
    const image = b * inHeight * inWidth * channels;
    for (let oh = 0; oh < outHeight; oh++) {
      const firstRow = Math.max(0, oh * strideHeight - padTop);
      const endRow = Math.min(inHeight, oh * strideHeight - padTop + filterHeight);
      for (let ow = 0; ow < outWidth; ow++) {
        const firstColumn = Math.max(0, ow * strideWidth - padLeft);
        const endColumn = Math.min(inWidth, ow * strideWidth - padLeft + filterWidth);
        best.fill(Number.NEGATIVE_INFINITY);
        bestIndex.fill(-1);
        for (let ih = firstRow; ih < endRow; ih++) {
          for (let iw = firstColumn; iw < endColumn; iw++) {
            const pixel = image + (ih * inWidth + iw) * channels;
            for (let c = 0; c < channels; c++) {
              const value = x[pixel + c]!;
              if (value > best[c]!) {
                best[c] = value;
                bestIndex[c] = pixel + c;
              }
            }
          }
        }
        const gradient = ((b * outHeight + oh) * outWidth + ow) * channels;
        for (let c = 0; c < channels; c++) {
          const index = bestIndex[c]!;
          if (index >= 0) dxValues[index] = dxValues[index]! + dyValues[gradient + c]!;
        }
      }
    }
  }
  return dx;
}

/**
 * The common 2x2, stride 2 pool whose windows all lie inside the image: the four taps unrolled (a third
 * faster than the general loop). Windows do not overlap, so each input gets at most one gradient.
 */
function maxPool2x2Grad(
  x: Float32Array,
  dy: Float32Array,
  dx: Float32Array,
  batch: number,
  height: number,
  width: number,
  channels: number,
  outHeight: number,
  outWidth: number,
): void {
  const row = width * channels;
  let gradient = 0;
  for (let b = 0; b < batch; b++) {
    for (let oh = 0; oh < outHeight; oh++) {
      for (let ow = 0; ow < outWidth; ow++) {
        const corner = ((b * height + 2 * oh) * width + 2 * ow) * channels;
        for (let c = 0; c < channels; c++, gradient++) {
          // Scan order (top-left, top-right, bottom-left, bottom-right) and `>` keep the first maximum.
          const topLeft = corner + c;
          const bottomLeft = topLeft + row;
          let index = -1;
          let best = Number.NEGATIVE_INFINITY;
          if (x[topLeft]! > best) {
            index = topLeft;
            best = x[topLeft]!;
          }
          if (x[topLeft + channels]! > best) {
            index = topLeft + channels;
            best = x[topLeft + channels]!;
          }
          if (x[bottomLeft]! > best) {
            index = bottomLeft;
            best = x[bottomLeft]!;
          }
          if (x[bottomLeft + channels]! > best) index = bottomLeft + channels;
          if (index >= 0) dx[index] = dy[gradient]!;
        }
      }
    }
  }
}

/** The kernel function for `registerKernel`, given how to reach the backend's memory. */
export function maxPoolGradKernel(makeStorage: (backend: object) => KernelStorage): KernelFunc {
  return ({ inputs, backend, attrs }) =>
    maxPoolGrad(
      makeStorage(backend),
      inputs.dy as TensorInfo,
      inputs.input as TensorInfo,
      attrs as unknown as MaxPoolGradAttrs,
    );
}
