import type { BatchMatMulAttrs, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import type { KernelStorage } from './kernel-storage';

/**
 * wasm's BatchMatMul with `transposeA` or `transposeB` takes a generic path ~10x slower than the plain
 * product, and backpropagation through a dense layer asks for exactly those (`x^T dy`, `dy W^T`). This
 * wrapper transposes the operand with the backend's Transpose kernel and calls the original untransposed.
 */
export function batchMatMulKernel(
  makeStorage: (backend: object) => KernelStorage,
  original: KernelFunc,
): KernelFunc {
  return (args) => {
    const attrs = args.attrs as unknown as BatchMatMulAttrs;
    if (!attrs.transposeA && !attrs.transposeB) return original(args);
    const storage = makeStorage(args.backend);
    const transposed: TensorInfo[] = [];
    const operand = (tensor: TensorInfo, transpose: boolean): TensorInfo => {
      if (!transpose) return tensor;
      const rank = tensor.shape.length;
      const perm = [...Array(rank - 2).keys(), rank - 1, rank - 2];
      const result = storage.run('Transpose', { x: tensor }, { perm });
      transposed.push(result);
      return result;
    };
    const a = operand(args.inputs.a as TensorInfo, attrs.transposeA);
    const b = operand(args.inputs.b as TensorInfo, attrs.transposeB);
    const product = original({
      ...args,
      inputs: { a, b },
      attrs: { ...args.attrs, transposeA: false, transposeB: false },
    }) as TensorInfo;
    for (const tensor of transposed) storage.release(tensor);
    return product;
  };
}
