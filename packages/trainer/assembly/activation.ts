// Element-wise activations applied in place, and their derivatives expressed through the output y (which
// is what the backward pass keeps): relu' = y > 0, sigmoid' = y (1 - y), tanh' = 1 - y^2; leaky relu'
// = 1 where y > 0 else alpha, elu' = 1 where y >= 0 else y + 1 (y keeps x's sign for both), as tfjs' grads.
import {
  ACT_ELU,
  ACT_LEAKY_RELU,
  ACT_LINEAR,
  ACT_RELU,
  ACT_SIGMOID,
  ACT_TANH,
  LEAKY_RELU_ALPHA,
} from './plan';

export function activateInPlace(kind: i32, y: usize, count: i32): void {
  if (kind == ACT_LINEAR) return;
  let i = 0;
  if (kind == ACT_RELU) {
    const zero = f32x4.splat(0);
    for (; i + 4 <= count; i += 4) {
      const at = y + (<usize>i << 2);
      v128.store(at, f32x4.max(v128.load(at), zero));
    }
  }
  for (; i < count; i++) {
    const at = y + (<usize>i << 2);
    const x = load<f32>(at);
    let value: f32 = x;
    if (kind == ACT_RELU) value = x > 0 ? x : 0;
    else if (kind == ACT_SIGMOID) value = <f32>1 / (<f32>1 + Mathf.exp(-x));
    else if (kind == ACT_TANH) value = Mathf.tanh(x);
    else if (kind == ACT_LEAKY_RELU) value = x > 0 ? x : LEAKY_RELU_ALPHA * x;
    else if (kind == ACT_ELU) value = x >= 0 ? x : Mathf.exp(x) - 1;
    store<f32>(at, value);
  }
}

/** g *= f'(x) where y = f(x), for `count` values. */
export function activationGradientInPlace(kind: i32, y: usize, g: usize, count: i32): void {
  if (kind == ACT_LINEAR) return;
  let i = 0;
  if (kind == ACT_RELU) {
    const zero = f32x4.splat(0);
    for (; i + 4 <= count; i += 4) {
      const offset = <usize>i << 2;
      const positive = f32x4.gt(v128.load(y + offset), zero);
      v128.store(g + offset, v128.and(v128.load(g + offset), positive));
    }
  }
  for (; i < count; i++) {
    const offset = <usize>i << 2;
    const out = load<f32>(y + offset);
    let slope: f32 = 1;
    if (kind == ACT_RELU) slope = out > 0 ? 1 : 0;
    else if (kind == ACT_SIGMOID) slope = out * (1 - out);
    else if (kind == ACT_TANH) slope = 1 - out * out;
    else if (kind == ACT_LEAKY_RELU) slope = out > 0 ? 1 : LEAKY_RELU_ALPHA;
    else if (kind == ACT_ELU) slope = out >= 0 ? 1 : out + 1;
    store<f32>(g + offset, load<f32>(g + offset) * slope);
  }
}

/**
 * Adds `bias[c]` to every row of `rows x channels` values. Rows of a channel count that is not a multiple
 * of four (conv1's 6: 73,728 rows a batch, a vector and two single floats each) are added as one flat run
 * against the bias repeated over lcm(channels, 4) floats, built in `scratch` (at most 64 floats).
 */
export function addBias(y: usize, bias: usize, rows: i32, channels: i32, scratch: usize): void {
  if ((channels & 3) != 0 && channels < 16) {
    let period = channels;
    while ((period & 3) != 0) period += channels;
    for (let i = 0; i < period; i++) store<f32>(scratch + (<usize>i << 2), load<f32>(bias + (<usize>(i % channels) << 2)));
    const count = rows * channels;
    const whole = count - count % period;
    const periodBytes = <usize>period << 2;
    for (let at: usize = 0; at < <usize>whole << 2; at += periodBytes) {
      for (let q: usize = 0; q < periodBytes; q += 16) {
        const to = y + at + q;
        v128.store(to, f32x4.add(v128.load(to), v128.load(scratch + q)));
      }
    }
    for (let i = whole; i < count; i++) {
      const at = y + (<usize>i << 2);
      store<f32>(at, load<f32>(at) + load<f32>(bias + (<usize>(i % channels) << 2)));
    }
    return;
  }
  for (let r = 0; r < rows; r++) {
    const row = y + (<usize>(r * channels) << 2);
    let c = 0;
    for (; c + 4 <= channels; c += 4) {
      const offset = <usize>c << 2;
      v128.store(row + offset, f32x4.add(v128.load(row + offset), v128.load(bias + offset)));
    }
    for (; c < channels; c++) {
      const offset = <usize>c << 2;
      store<f32>(row + offset, load<f32>(row + offset) + load<f32>(bias + offset));
    }
  }
}

/**
 * gradient[c] = sum over rows (at least one) of g[r, c], summed in row order. Four columns at a time in a
 * register (a store and reload per row was a 10-cycle chain: conv1's 73,728 rows of 6 channels). A group
 * of fewer than four reads into the next row's first values, lanes it then drops, so the last row adds
 * its columns one by one and nothing past g is read.
 */
export function columnSums(g: usize, rows: i32, channels: i32, gradient: usize): void {
  const stride = <usize>channels << 2;
  for (let c = 0; c < channels; c += 4) {
    const width = min(4, channels - c);
    const column = g + (<usize>c << 2), out = gradient + (<usize>c << 2);
    const full = width == 4 ? rows : rows - 1;
    let sum = f32x4.splat(0);
    if (full > 0) {
      sum = v128.load(column);
      for (let r = 1; r < full; r++) sum = f32x4.add(sum, v128.load(column + <usize>r * stride));
    }
    if (width == 4) {
      v128.store(out, sum);
      continue;
    }
    const last = column + <usize>(rows - 1) * stride;
    const first = full > 0;
    store<f32>(out, first ? f32x4.extract_lane(sum, 0) + load<f32>(last) : load<f32>(last));
    if (width > 1) store<f32>(out, first ? f32x4.extract_lane(sum, 1) + load<f32>(last, 4) : load<f32>(last, 4), 4);
    if (width > 2) store<f32>(out, first ? f32x4.extract_lane(sum, 2) + load<f32>(last, 8) : load<f32>(last, 8), 8);
  }
}
