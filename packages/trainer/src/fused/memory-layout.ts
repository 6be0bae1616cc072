import { fieldSamples } from './conv-fields';
import type { LayerSpec } from './describe-layers';
import { header, headerWords, layerField, layerKind, layerWords } from './plan-layout';

/** Where everything lives in the engine's memory (bytes). Thread-relative offsets end in `Off`. */
export interface MemoryLayout {
  readonly plan: number;
  /** Start of each spec's weights (kernel, bias), absolute. */
  readonly weightPointers: number[][];
  readonly params: number;
  readonly paramCount: number;
  readonly state1: number;
  readonly state2: number;
  readonly input: number;
  readonly targets: number;
  readonly threadBase: number;
  readonly threadStride: number;
  readonly slice: number;
  readonly bytes: number;
  /** The plan's int32 words (float fields are filled per step). */
  readonly words: Int32Array;
}

/**
 * Mirrors gemmScratchBytes in assembly/gemm.ts: B's packed panels (n rounded up to 16 columns, by 256
 * steps), a tile of 32 floats, then A's block of 64 two-row panels (256 records of 3 words each and a
 * count).
 */
export const gemmScratchBytes = (n: number): number =>
  (Math.ceil(n / 16) * 16 * 256 + 32 + 64 * (256 * 3 + 1)) * 4;
const align = (bytes: number): number => Math.ceil(bytes / 64) * 64;

/** Lays out plan, weights, optimizer state, staging and one region per thread, and writes the plan's words. */
export function layoutMemory(
  specs: readonly LayerSpec[],
  options: {
    batchSize: number;
    threads: number;
    inputSize: number;
    units: number;
    inputBytes: number;
    /** The first free byte above the kernels' static data. */
    base: number;
  },
): MemoryLayout {
  const { batchSize, threads, inputSize, units, inputBytes, base } = options;
  const slice = Math.ceil(batchSize / threads);
  let cursor = align(base);
  const take = (bytes: number): number => {
    const at = cursor;
    cursor = align(cursor + bytes);
    return at;
  };
  const plan = take((headerWords + layerWords * specs.length) * 4);
  const trainableCount = specs.reduce(
    (total, spec) =>
      total + (spec.trainable ? spec.weights.reduce((sum, weight) => sum + weight.size, 0) : 0),
    0,
  );
  const paramCount = Math.ceil(trainableCount / 4) * 4;
  const params = take(paramCount * 4);
  let trainableCursor = params;
  const weightPointers = specs.map((spec) =>
    spec.weights.map((weight) => {
      if (!spec.trainable) return take(weight.size * 4);
      const at = trainableCursor;
      trainableCursor += weight.size * 4;
      return at;
    }),
  );
  const state1 = take(paramCount * 4);
  const state2 = take(paramCount * 4);
  const input = take(batchSize * inputSize * inputBytes);
  const targets = take(batchSize * units * 4);
  const threadBase = cursor;
  // Thread-relative offsets: results, input, per-layer buffers, im2col, GEMM scratch, gradients.
  let local = 64;
  const claim = (bytes: number): number => {
    const at = local;
    local = align(local + bytes);
    return at;
  };
  const words = new Int32Array(headerWords + layerWords * specs.length);
  words[header.inputOff] = claim(slice * inputSize * 4);
  let widest = 8;
  specs.forEach((spec, index) => {
    const record = headerWords + layerWords * index;
    const [, , c = 0, oh = 0, ow = 0, oc = 0, kh = 0, kw = 0] = spec.geometry;
    words.set(spec.geometry, record + layerField.h);
    words[record + layerField.kind] = spec.kind;
    words[record + layerField.activation] = spec.activation;
    words[record + layerField.inSize] = spec.inSize;
    words[record + layerField.outSize] = spec.outSize;
    words[record + layerField.weightPtr] = weightPointers[index]![0] ?? 0;
    words[record + layerField.biasPtr] = weightPointers[index]![1] ?? 0;
    words[record + layerField.trainable] = spec.trainable ? 1 : 0;
    words[record + layerField.outOff] = claim(slice * spec.outSize * 4);
    words[record + layerField.gradOff] = claim(slice * spec.outSize * 4);
    if (spec.kind === layerKind.maxPool) words[record + layerField.auxOff] = claim(slice * spec.outSize * 4);
    if (spec.kind === layerKind.dropout) words[record + layerField.auxOff] = claim(slice * spec.inSize * 4);
    // A convolution through im2col keeps every sample's fields from the forward to the backward pass; a
    // direct one holds a chunk's.
    if (spec.kind === layerKind.conv) {
      const chunk = fieldSamples(spec.geometry, slice);
      words[record + layerField.fieldSamples] = chunk;
      words[record + layerField.auxOff] = claim((chunk || slice) * oh * ow * kh * kw * c * 4);
    }
    new Float32Array(words.buffer, (record + layerField.rate) * 4, 1)[0] = spec.rate;
    if (spec.kind === layerKind.conv) {
      widest = Math.max(widest, oc, kh * kw * c);
    } else if (spec.kind === layerKind.dense) {
      widest = Math.max(widest, spec.inSize, spec.outSize);
    }
  });
  words[header.gemmOff] = claim(gemmScratchBytes(widest));
  words[header.gradOff] = claim(paramCount * 4);
  const threadStride = align(local);
  words[header.layers] = specs.length;
  words[header.threads] = threads;
  words[header.inputSize] = inputSize;
  words[header.units] = units;
  words[header.inputKind] = inputBytes === 1 ? 0 : 1;
  words[header.inputPtr] = input;
  words[header.targetPtr] = targets;
  words[header.paramCount] = paramCount;
  words[header.paramsPtr] = params;
  words[header.state1Ptr] = state1;
  words[header.state2Ptr] = state2;
  words[header.threadStride] = threadStride;
  words[header.threadBase] = threadBase;
  return {
    plan,
    weightPointers,
    params,
    paramCount,
    state1,
    state2,
    input,
    targets,
    threadBase,
    threadStride,
    slice,
    bytes: threadBase + threads * threadStride,
    words,
  };
}
