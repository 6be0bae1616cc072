// The fused training step (`step`): every thread runs forward, loss and backward on its slice of the batch
// into its own gradient buffer, waits at a barrier for the others, then sums the threads' gradients and
// updates its share of the parameters. The JavaScript side lays out memory and starts the threads once
// per step: the barrier inside the module replaced a second round trip through JavaScript, whose sleeping
// and waking cost 3-6% of a 2-thread step.
import { activateInPlace, activationGradientInPlace, addBias, columnSums } from './activation';
import { convBackward, convForward } from './conv';
import { gemm } from './gemm';
import { sigmoidBinaryCrossEntropy, softmaxCrossEntropy } from './loss';
import { applyUpdate } from './optimizer';
import {
  ACT_SIGMOID, ACT_SOFTMAX, H_ABORT, H_ARRIVED, H_BATCH, H_GEMM_OFF, H_GRAD_OFF, H_INPUT_KIND, H_INPUT_OFF,
  H_INPUT_PTR, H_INPUT_SIZE, H_LAYERS, H_LOSS, H_PARAM_COUNT, H_PARAMS_PTR, H_SCALE, H_SEED, H_SLICE,
  H_TARGET_PTR, H_THREAD_BASE, H_THREAD_STRIDE, H_THREADS, H_UNITS, KIND_ACTIVATION, KIND_CONV,
  KIND_DENSE, KIND_DROPOUT, KIND_MAX_POOL, L_ACTIVATION, L_AUX_OFF, L_BIAS_PTR, L_GRAD_OFF,
  L_IN_SIZE, L_KIND, L_OC, L_OH, L_OUT_OFF, L_OUT_SIZE, L_OW, L_RATE, L_TRAINABLE, L_WEIGHT_PTR,
  LOSS_BINARY, layerRecord, real, word,
} from './plan';
import { poolBackward, poolForward } from './pool';

export { gemm, gemmScratchBytes } from './gemm';

/** Where thread `thread`'s region starts. */
function regionOf(plan: usize, thread: i32): usize {
  return <usize>word(plan, H_THREAD_BASE) + <usize>thread * <usize>word(plan, H_THREAD_STRIDE);
}

function inputOf(plan: usize, region: usize, index: i32): usize {
  return index == 0
    ? region + <usize>word(plan, H_INPUT_OFF)
    : region + <usize>word(layerRecord(plan, index - 1), L_OUT_OFF);
}

/** The gradient of a parameter pointer in this thread's buffer, or 0 for a frozen layer. */
function gradientOf(plan: usize, region: usize, layer: usize, pointer: usize): usize {
  if (word(layer, L_TRAINABLE) == 0 || pointer == 0) return 0;
  return region + <usize>word(plan, H_GRAD_OFF) + (pointer - <usize>word(plan, H_PARAMS_PTR));
}

// Each feature times the scale (1 / maxValue) in float64, rounded once to float32: exactly the value the
// tfjs path's batch builder computes in JavaScript. A float32 product with a float32 scale is one ulp off
// for half the byte values, enough to tip a LeakyReLU derivative at its kink a few steps later. Four
// features at a time as two float64 pairs: the same products, rounded the same way.
function loadInput(plan: usize, region: usize, first: i32, rows: i32): void {
  const size = word(plan, H_INPUT_SIZE);
  const scale = load<f64>(plan + (<usize>H_SCALE << 2));
  const scales = f64x2.splat(scale);
  const to = region + <usize>word(plan, H_INPUT_OFF);
  const count = rows * size;
  const source = <usize>word(plan, H_INPUT_PTR);
  const bytes = word(plan, H_INPUT_KIND) == 0;
  const from = source + (bytes ? <usize>(first * size) : <usize>(first * size) << 2);
  let i = 0;
  for (; i + 4 <= count; i += 4) {
    const four = bytes
      ? i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(v128.load32_zero(from + <usize>i)))
      : v128.load(from + (<usize>i << 2));
    const high = v128.shuffle<i32>(four, four, 2, 3, 2, 3);
    const low2 = bytes ? f64x2.convert_low_i32x4_u(four) : f64x2.promote_low_f32x4(four);
    const high2 = bytes ? f64x2.convert_low_i32x4_u(high) : f64x2.promote_low_f32x4(high);
    const first2 = f32x4.demote_f64x2_zero(f64x2.mul(low2, scales));
    const second2 = f32x4.demote_f64x2_zero(f64x2.mul(high2, scales));
    v128.store(to + (<usize>i << 2), v128.shuffle<i32>(first2, second2, 0, 1, 4, 5));
  }
  for (; i < count; i++) {
    const value: f64 = bytes ? <f64>load<u8>(from + <usize>i) : <f64>load<f32>(from + (<usize>i << 2));
    store<f32>(to + (<usize>i << 2), <f32>(value * scale));
  }
}

// xorshift32: dropout masks only need to be cheap and reproducible for a seed.
function nextRandom(state: u32): u32 {
  state ^= state << 13;
  state ^= state >> 17;
  state ^= state << 5;
  return state;
}

function forwardLayer(plan: usize, region: usize, index: i32, rows: i32, last: bool, thread: i32): void {
  const layer = layerRecord(plan, index);
  const kind = word(layer, L_KIND);
  const x = inputOf(plan, region, index);
  const y = region + <usize>word(layer, L_OUT_OFF);
  const inSize = word(layer, L_IN_SIZE), outSize = word(layer, L_OUT_SIZE);
  const scratch = region + <usize>word(plan, H_GEMM_OFF);
  const weights = <usize>word(layer, L_WEIGHT_PTR), bias = <usize>word(layer, L_BIAS_PTR);
  let channels = outSize;
  if (kind == KIND_DENSE) {
    gemm(rows, outSize, inSize, x, inSize, false, weights, outSize, false, y, outSize, false, scratch);
  } else if (kind == KIND_CONV) {
    convForward(layer, x, rows, weights, y, region + <usize>word(layer, L_AUX_OFF), scratch);
    channels = word(layer, L_OC);
  } else if (kind == KIND_DROPOUT) {
    const mask = region + <usize>word(layer, L_AUX_OFF);
    const rate = real(layer, L_RATE);
    const keep: f32 = 1 / (1 - rate);
    let state = <u32>word(plan, H_SEED) ^ (<u32>(index + 1) * 0x9e3779b9) ^ (<u32>(thread + 1) * 0x85ebca6b);
    state = state == 0 ? 1 : state;
    for (let i = 0; i < rows * inSize; i++) {
      state = nextRandom(state);
      const factor: f32 = <f32>(state >> 8) * (1.0 / 16777216.0) < rate ? 0 : keep;
      store<f32>(mask + (<usize>i << 2), factor);
      store<f32>(y + (<usize>i << 2), load<f32>(x + (<usize>i << 2)) * factor);
    }
    return;
  } else if (kind == KIND_ACTIVATION) {
    memory.copy(y, x, <usize>(rows * inSize) << 2);
  } else {
    poolForward(layer, x, y, region + <usize>word(layer, L_AUX_OFF), rows, kind == KIND_MAX_POOL);
    return;
  }
  if (bias != 0) addBias(y, bias, rows * (outSize / channels), channels, scratch);
  if (!last) activateInPlace(word(layer, L_ACTIVATION), y, rows * outSize);
}

function backwardLayer(plan: usize, region: usize, index: i32, rows: i32, last: bool): void {
  const layer = layerRecord(plan, index);
  const kind = word(layer, L_KIND);
  const x = inputOf(plan, region, index);
  const y = region + <usize>word(layer, L_OUT_OFF);
  const g = region + <usize>word(layer, L_GRAD_OFF);
  const dx: usize = index == 0 ? 0 : region + <usize>word(layerRecord(plan, index - 1), L_GRAD_OFF);
  const inSize = word(layer, L_IN_SIZE), outSize = word(layer, L_OUT_SIZE);
  const scratch = region + <usize>word(plan, H_GEMM_OFF);
  const weights = <usize>word(layer, L_WEIGHT_PTR), bias = <usize>word(layer, L_BIAS_PTR);
  if (!last && kind != KIND_DROPOUT) activationGradientInPlace(word(layer, L_ACTIVATION), y, g, rows * outSize);
  const weightGradient = gradientOf(plan, region, layer, weights);
  const biasGradient = gradientOf(plan, region, layer, bias);
  if (kind == KIND_DENSE) {
    if (weightGradient != 0) {
      gemm(inSize, outSize, rows, x, inSize, true, g, outSize, false, weightGradient, outSize, false, scratch);
    }
    if (biasGradient != 0) columnSums(g, rows, outSize, biasGradient);
    if (dx != 0) gemm(rows, inSize, outSize, g, outSize, false, weights, outSize, true, dx, inSize, false, scratch);
  } else if (kind == KIND_CONV) {
    const col = region + <usize>word(layer, L_AUX_OFF);
    convBackward(layer, x, rows, weights, g, weightGradient, dx, col, scratch);
    if (biasGradient != 0) {
      columnSums(g, rows * word(layer, L_OH) * word(layer, L_OW), word(layer, L_OC), biasGradient);
    }
  } else if (kind == KIND_DROPOUT) {
    if (dx == 0) return;
    const mask = region + <usize>word(layer, L_AUX_OFF);
    for (let i = 0; i < rows * inSize; i++) {
      const offset = <usize>i << 2;
      store<f32>(dx + offset, load<f32>(g + offset) * load<f32>(mask + offset));
    }
  } else if (kind == KIND_ACTIVATION) {
    if (dx != 0) memory.copy(dx, g, <usize>(rows * inSize) << 2);
  } else if (dx != 0) {
    poolBackward(layer, g, dx, region + <usize>word(layer, L_AUX_OFF), rows, kind == KIND_MAX_POOL);
  }
}

/**
 * Phase 1 for `thread`: forward, loss and backward over its rows of the batch. Every trainable parameter's
 * gradient is written (not added) once by the backward pass, so the buffer needs no zeroing first: at two
 * threads that memset and the read-back of zeros were a per-thread cost the thread split does not shrink.
 * A thread without rows zeroes its gradients instead. Its region starts with two results: the summed loss
 * and the number of correct predictions.
 */
function forwardBackward(plan: usize, thread: i32): void {
  const region = regionOf(plan, thread);
  store<f32>(region, 0);
  store<f32>(region, 0, 4);
  const batch = word(plan, H_BATCH), slice = word(plan, H_SLICE);
  const first = thread * slice;
  const rows = min(slice, batch - first);
  if (rows <= 0) {
    memory.fill(region + <usize>word(plan, H_GRAD_OFF), 0, <usize>word(plan, H_PARAM_COUNT) << 2);
    return;
  }
  loadInput(plan, region, first, rows);
  const layers = word(plan, H_LAYERS);
  for (let l = 0; l < layers; l++) forwardLayer(plan, region, l, rows, l == layers - 1, thread);
  const output = layerRecord(plan, layers - 1);
  const units = word(plan, H_UNITS);
  const z = region + <usize>word(output, L_OUT_OFF);
  const g = region + <usize>word(output, L_GRAD_OFF);
  const targets = <usize>word(plan, H_TARGET_PTR) + (<usize>(first * units) << 2);
  const binary = word(plan, H_LOSS) == LOSS_BINARY;
  const activation = word(output, L_ACTIVATION);
  if (activation != (binary ? ACT_SIGMOID : ACT_SOFTMAX)) unreachable();
  const loss = binary
    ? sigmoidBinaryCrossEntropy(z, targets, g, rows, units, batch, region + 4)
    : softmaxCrossEntropy(z, targets, g, rows, units, batch, region + 4);
  store<f32>(region, loss);
  for (let l = layers - 1; l >= 0; l--) backwardLayer(plan, region, l, rows, l == layers - 1);
}

/** Phase 2 for `thread`: sums the gradients of its share of the parameters and updates them. */
function update(plan: usize, thread: i32): void {
  const threads = word(plan, H_THREADS);
  const count = word(plan, H_PARAM_COUNT);
  const share = (((count + threads - 1) / threads + 3) >> 2) << 2;
  const from = min(thread * share, count);
  applyUpdate(plan, from, min(from + share, count));
}

/**
 * One training step on `thread`: phase 1, then a barrier until every thread has arrived (spinning: the
 * threads finish their equal slices close together, and waking a sleeping thread costs more than the wait;
 * a browser's page thread may not block anyway), then phase 2. A thread that failed sets `H_ABORT`, and
 * the others return without updating.
 */
export function step(plan: usize, thread: i32): void {
  forwardBackward(plan, thread);
  const arrived = plan + (<usize>H_ARRIVED << 2);
  const abort = plan + (<usize>H_ABORT << 2);
  const threads = word(plan, H_THREADS);
  atomic.add<i32>(arrived, 1);
  while (atomic.load<i32>(arrived) < threads) {
    if (atomic.load<i32>(abort) != 0) return;
  }
  update(plan, thread);
}

/** The end of the module's static data (math tables); the engine lays out its memory above it. */
export function dataEnd(): usize {
  return __heap_base;
}
