import type { Conv2DBackpropInputAttrs, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { convGeometry } from './conv-geometry';
import type { KernelStorage } from './kernel-storage';

/**
 * The input gradient of a 2-D convolution as a forward convolution, so it runs on the backend's fast
 * Conv2D (XNNPACK on wasm): `dy` is dilated by the stride and framed so that a `valid`, stride-1
 * convolution with the filter rotated by 180° and its channel axes swapped yields exactly `dx`.
 * Output taps that fall outside the frame come from windows lying wholly in the padding and are dropped.
 */
export function conv2dBackpropInput(
  storage: KernelStorage,
  dy: TensorInfo,
  filter: TensorInfo,
  attrs: Conv2DBackpropInputAttrs,
): TensorInfo {
  const geometry = convGeometry(
    'Conv2DBackpropInput',
    storage.backendName,
    attrs.inputShape,
    filter.shape,
    attrs,
  );
  const { batch, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = geometry;
  const { filterHeight, filterWidth, strideHeight, strideWidth } = geometry;
  const frameHeight = inHeight + filterHeight - 1;
  const frameWidth = inWidth + filterWidth - 1;
  const frame = storage.allocate([batch, frameHeight, frameWidth, outChannels]);
  const rotated = storage.allocate([filterHeight, filterWidth, outChannels, inChannels]);
  const frameValues = storage.view(frame);
  const dyValues = storage.view(dy);
  frameValues.fill(0);
  const rowOffset = filterHeight - 1 - geometry.padTop;
  const columnOffset = filterWidth - 1 - geometry.padLeft;
  for (let b = 0; b < batch; b++) {
    for (let oh = 0; oh < outHeight; oh++) {
      const fh = oh * strideHeight + rowOffset;
      if (fh < 0 || fh >= frameHeight) continue;
      for (let ow = 0; ow < outWidth; ow++) {
        const fw = ow * strideWidth + columnOffset;
        if (fw < 0 || fw >= frameWidth) continue;
        const source = ((b * outHeight + oh) * outWidth + ow) * outChannels;
        const target = ((b * frameHeight + fh) * frameWidth + fw) * outChannels;
        frameValues.set(dyValues.subarray(source, source + outChannels), target);
      }
    }
  }
  const filterValues = storage.view(filter);
  const rotatedValues = storage.view(rotated);
  for (let kh = 0; kh < filterHeight; kh++) {
    for (let kw = 0; kw < filterWidth; kw++) {
      const source =
        ((filterHeight - 1 - kh) * filterWidth + (filterWidth - 1 - kw)) * inChannels * outChannels;
      const target = (kh * filterWidth + kw) * outChannels * inChannels;
      for (let ci = 0; ci < inChannels; ci++) {
        for (let co = 0; co < outChannels; co++) {
          rotatedValues[target + co * inChannels + ci] = filterValues[source + ci * outChannels + co]!;
        }
      }
    }
  }
  const dx = storage.run('Conv2D', { x: frame, filter: rotated }, {
    strides: [1, 1],
    pad: 'valid',
    dataFormat: 'NHWC',
    dilations: [1, 1],
    dimRoundingMode: undefined,
  } as never);
  storage.release(frame);
  storage.release(rotated);
  return dx;
}

/** The kernel function for `registerKernel`, given how to reach the backend's memory. */
export function conv2dBackpropInputKernel(makeStorage: (backend: object) => KernelStorage): KernelFunc {
  return ({ inputs, backend, attrs }) =>
    conv2dBackpropInput(
      makeStorage(backend),
      inputs.dy as TensorInfo,
      inputs.filter as TensorInfo,
      attrs as unknown as Conv2DBackpropInputAttrs,
    );
}
