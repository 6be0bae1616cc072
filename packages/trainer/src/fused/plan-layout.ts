// Word offsets of the plan that the fused engine writes into WebAssembly memory; they mirror
// assembly/plan.ts (a test compares the two files).

export const headerWords = 32;
export const layerWords = 32;

export const header = {
  layers: 0,
  batch: 1,
  slice: 2,
  threads: 3,
  inputKind: 4,
  inputSize: 5,
  units: 6,
  inputPtr: 7,
  targetPtr: 8,
  paramCount: 9,
  paramsPtr: 10,
  optimizer: 11,
  state1Ptr: 12,
  state2Ptr: 13,
  learningRate: 14,
  beta1: 15,
  beta2: 16,
  epsilon: 17,
  correction1: 18,
  correction2: 19,
  /** Threads through the forward and backward pass of this step (the engine resets it to 0). */
  arrived: 20,
  /** Non-zero when a thread failed: the others leave the step's barrier instead of waiting for it (reset each step). */
  abort: 27,
  loss: 21,
  threadStride: 22,
  threadBase: 23,
  seed: 24,
  nesterov: 25,
  inputOff: 26,
  gemmOff: 28,
  gradOff: 29,
  /** A float64 in words 30-31. */
  scale: 30,
} as const;

export const layerField = {
  kind: 0,
  activation: 1,
  inSize: 2,
  outSize: 3,
  h: 4,
  w: 5,
  c: 6,
  oh: 7,
  ow: 8,
  oc: 9,
  kh: 10,
  kw: 11,
  sh: 12,
  sw: 13,
  pt: 14,
  pl: 15,
  weightPtr: 16,
  biasPtr: 17,
  trainable: 18,
  outOff: 19,
  gradOff: 20,
  auxOff: 21,
  rate: 22,
  /** A convolution read from its input (`conv-fields.ts`): samples per backward chunk; 0 through im2col. */
  fieldSamples: 23,
} as const;

export const layerKind = { dense: 1, conv: 2, maxPool: 3, avgPool: 4, dropout: 5, activation: 6 } as const;
export const activationCode = {
  linear: 0,
  relu: 1,
  sigmoid: 2,
  tanh: 3,
  softmax: 4,
  leakyRelu: 5,
  elu: 6,
} as const;
export const optimizerCode = { sgd: 0, momentum: 1, adam: 2, rmsprop: 3, adadelta: 4, adagrad: 5 } as const;
export const lossCode = { categorical: 0, binary: 1 } as const;
