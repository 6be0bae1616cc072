// The layout of the plan the JavaScript side writes into memory before training: a header of 32 words
// followed by one 32-word record per layer. Offsets named `...Off` are relative to a thread's region;
// `...Ptr` are absolute. The field numbers must match `src/fused/plan-layout.ts`.

export const HEADER_WORDS: i32 = 32;
export const LAYER_WORDS: i32 = 32;

export const H_LAYERS: i32 = 0;
export const H_BATCH: i32 = 1;
export const H_SLICE: i32 = 2;
export const H_THREADS: i32 = 3;
export const H_INPUT_KIND: i32 = 4;
export const H_INPUT_SIZE: i32 = 5;
export const H_UNITS: i32 = 6;
export const H_INPUT_PTR: i32 = 7;
export const H_TARGET_PTR: i32 = 8;
export const H_PARAM_COUNT: i32 = 9;
export const H_PARAMS_PTR: i32 = 10;
export const H_OPTIMIZER: i32 = 11;
export const H_STATE1_PTR: i32 = 12;
export const H_STATE2_PTR: i32 = 13;
export const H_LEARNING_RATE: i32 = 14;
export const H_BETA1: i32 = 15;
export const H_BETA2: i32 = 16;
export const H_EPSILON: i32 = 17;
export const H_CORRECTION1: i32 = 18;
export const H_CORRECTION2: i32 = 19;
// The step's barrier (both reset to 0 by the engine before each step): threads through their forward and
// backward pass, and a word a failed thread sets so that the others stop waiting for it.
export const H_ARRIVED: i32 = 20;
export const H_ABORT: i32 = 27;
export const H_LOSS: i32 = 21;
export const H_THREAD_STRIDE: i32 = 22;
export const H_THREAD_BASE: i32 = 23;
export const H_SEED: i32 = 24;
export const H_NESTEROV: i32 = 25;
export const H_INPUT_OFF: i32 = 26;
export const H_GEMM_OFF: i32 = 28;
export const H_GRAD_OFF: i32 = 29;
// The input scale is a float64 in words 30-31 (8-byte aligned, as the plan is): see loadInput.
export const H_SCALE: i32 = 30;

export const L_KIND: i32 = 0;
export const L_ACTIVATION: i32 = 1;
export const L_IN_SIZE: i32 = 2;
export const L_OUT_SIZE: i32 = 3;
export const L_H: i32 = 4;
export const L_W: i32 = 5;
export const L_C: i32 = 6;
export const L_OH: i32 = 7;
export const L_OW: i32 = 8;
export const L_OC: i32 = 9;
export const L_KH: i32 = 10;
export const L_KW: i32 = 11;
export const L_SH: i32 = 12;
export const L_SW: i32 = 13;
export const L_PT: i32 = 14;
export const L_PL: i32 = 15;
export const L_WEIGHT_PTR: i32 = 16;
export const L_BIAS_PTR: i32 = 17;
export const L_TRAINABLE: i32 = 18;
export const L_OUT_OFF: i32 = 19;
export const L_GRAD_OFF: i32 = 20;
export const L_AUX_OFF: i32 = 21;
export const L_RATE: i32 = 22;
export const L_FIELD_SAMPLES: i32 = 23;

export const KIND_DENSE: i32 = 1;
export const KIND_CONV: i32 = 2;
export const KIND_MAX_POOL: i32 = 3;
export const KIND_AVG_POOL: i32 = 4;
export const KIND_DROPOUT: i32 = 5;
export const KIND_ACTIVATION: i32 = 6;

export const ACT_LINEAR: i32 = 0;
export const ACT_RELU: i32 = 1;
export const ACT_SIGMOID: i32 = 2;
export const ACT_TANH: i32 = 3;
export const ACT_SOFTMAX: i32 = 4;
// Keras' defaults: LeakyReLU alpha 0.3 (as @digitlab/models' leakyReluAlpha), ELU alpha 1.
export const ACT_LEAKY_RELU: i32 = 5;
export const ACT_ELU: i32 = 6;
export const LEAKY_RELU_ALPHA: f32 = 0.3;

export const OPT_SGD: i32 = 0;
export const OPT_MOMENTUM: i32 = 1;
export const OPT_ADAM: i32 = 2;
export const OPT_RMSPROP: i32 = 3;
export const OPT_ADADELTA: i32 = 4;
export const OPT_ADAGRAD: i32 = 5;

export const LOSS_CATEGORICAL: i32 = 0;
export const LOSS_BINARY: i32 = 1;

export function word(record: usize, field: i32): i32 {
  return load<i32>(record + (<usize>field << 2));
}

export function real(record: usize, field: i32): f32 {
  return load<f32>(record + (<usize>field << 2));
}

export function layerRecord(plan: usize, index: i32): usize {
  return plan + (<usize>(HEADER_WORDS + index * LAYER_WORDS) << 2);
}
