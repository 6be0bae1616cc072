import type { Conv2DBackpropFilterAttrs, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { convGeometry } from './conv-geometry';
import type { KernelStorage } from './kernel-storage';

/**
 * The filter gradient of a 2-D convolution as ONE forward convolution, so it runs on the backend's fast
 * Conv2D (XNNPACK on wasm): with the batch axis as channels, `dW[ci, kh, kw, co]` is the convolution of
 * `x` laid out `[ci, h, w, b]` with `dy` laid out `[oh, ow, b, co]` as the filter, dilated by the forward
 * stride and padded as the forward pass was. The result is cropped to the kernel size (when the stride
 * does not divide the padded input the convolution yields a few extra rows) and reordered to
 * `[kh, kw, ci, co]`. The re-layouts are done in JS; the product, the bulk of the work, in Conv2D.
 */
export function conv2dBackpropFilterByConv(
  storage: KernelStorage,
  x: TensorInfo,
  dy: TensorInfo,
  attrs: Conv2DBackpropFilterAttrs,
): TensorInfo {
  const geometry = convGeometry(
    'Conv2DBackpropFilter',
    storage.backendName,
    x.shape,
    attrs.filterShape,
    attrs,
  );
  const { batch, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = geometry;
  const { filterHeight, filterWidth, strideHeight, strideWidth, padTop, padLeft } = geometry;
  const padBottom = Math.max(0, (outHeight - 1) * strideHeight + filterHeight - inHeight - padTop);
  const padRight = Math.max(0, (outWidth - 1) * strideWidth + filterWidth - inWidth - padLeft);
  const images = storage.allocate([inChannels, inHeight, inWidth, batch]);
  const filter = storage.allocate([outHeight, outWidth, batch, outChannels]);
  const xValues = storage.view(x);
  const imageValues = storage.view(images);
  const pixels = inHeight * inWidth;
  const sampleSize = pixels * inChannels;
  let target = 0;
  for (let ci = 0; ci < inChannels; ci++) {
    for (let pixel = 0; pixel < pixels; pixel++) {
      let source = pixel * inChannels + ci;
      for (let b = 0; b < batch; b++, source += sampleSize) imageValues[target++] = xValues[source]!;
    }
  }
  const dyValues = storage.view(dy);
  const filterValues = storage.view(filter);
  const outPixels = outHeight * outWidth;
  let source = 0;
  for (let b = 0; b < batch; b++) {
    for (let pixel = 0; pixel < outPixels; pixel++) {
      const row = (pixel * batch + b) * outChannels;
      for (let co = 0; co < outChannels; co++) filterValues[row + co] = dyValues[source++]!;
    }
  }
  const product = storage.run('Conv2D', { x: images, filter }, {
    strides: [1, 1],
    pad: [
      [0, 0],
      [padTop, padBottom],
      [padLeft, padRight],
      [0, 0],
    ],
    dataFormat: 'NHWC',
    dilations: [strideHeight, strideWidth],
    dimRoundingMode: undefined,
  } as never);
  storage.release(images);
  storage.release(filter);
  const [, productHeight, productWidth] = product.shape as [number, number, number, number];
  const dw = storage.allocate([filterHeight, filterWidth, inChannels, outChannels]);
  const dwValues = storage.view(dw);
  const productValues = storage.view(product);
  for (let ci = 0; ci < inChannels; ci++) {
    for (let kh = 0; kh < filterHeight; kh++) {
      for (let kw = 0; kw < filterWidth; kw++) {
        const source = ((ci * productHeight + kh) * productWidth + kw) * outChannels;
        const target = ((kh * filterWidth + kw) * inChannels + ci) * outChannels;
        dwValues.set(productValues.subarray(source, source + outChannels), target);
      }
    }
  }
  storage.release(product);
  return dw;
}

/** The kernel function for `registerKernel`, given how to reach the backend's memory. */
export function conv2dBackpropFilterByConvKernel(
  makeStorage: (backend: object) => KernelStorage,
): KernelFunc {
  return ({ inputs, backend, attrs }) =>
    conv2dBackpropFilterByConv(
      makeStorage(backend),
      inputs.x as TensorInfo,
      inputs.dy as TensorInfo,
      attrs as unknown as Conv2DBackpropFilterAttrs,
    );
}
