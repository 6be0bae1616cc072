// One optimizer step over parameters [from, to): the threads' gradients are summed, then the update is
// applied with the formulas of the trainer's tfjs-core optimizers (SGD, momentum, Adam, RMSprop, Keras'
// Adadelta, Adagrad), so both paths round alike.
import {
  H_BETA1, H_BETA2, H_CORRECTION1, H_CORRECTION2, H_EPSILON, H_GRAD_OFF, H_LEARNING_RATE, H_NESTEROV,
  H_OPTIMIZER, H_PARAMS_PTR, H_STATE1_PTR, H_STATE2_PTR, H_THREAD_BASE, H_THREAD_STRIDE, H_THREADS,
  OPT_ADADELTA, OPT_ADAGRAD, OPT_ADAM, OPT_MOMENTUM, OPT_RMSPROP, real, word,
} from './plan';

function gradientAt(plan: usize, offset: usize): v128 {
  const threads = word(plan, H_THREADS);
  const base = <usize>word(plan, H_THREAD_BASE) + <usize>word(plan, H_GRAD_OFF) + offset;
  const stride = <usize>word(plan, H_THREAD_STRIDE);
  let sum = v128.load(base);
  for (let t = 1; t < threads; t++) sum = f32x4.add(sum, v128.load(base + <usize>t * stride));
  return sum;
}

/** Parameters are padded to a multiple of 4 by the caller, so every range is whole vectors. */
export function applyUpdate(plan: usize, from: i32, to: i32): void {
  const kind = word(plan, H_OPTIMIZER);
  const params = <usize>word(plan, H_PARAMS_PTR);
  const state1 = <usize>word(plan, H_STATE1_PTR), state2 = <usize>word(plan, H_STATE2_PTR);
  const rate = f32x4.splat(real(plan, H_LEARNING_RATE));
  const beta1 = f32x4.splat(real(plan, H_BETA1)), beta2 = f32x4.splat(real(plan, H_BETA2));
  const oneMinusBeta1 = f32x4.splat(1 - real(plan, H_BETA1));
  const oneMinusBeta2 = f32x4.splat(1 - real(plan, H_BETA2));
  const epsilon = f32x4.splat(real(plan, H_EPSILON));
  const correction1 = f32x4.splat(real(plan, H_CORRECTION1));
  const correction2 = f32x4.splat(real(plan, H_CORRECTION2));
  const nesterov = word(plan, H_NESTEROV) != 0;
  for (let i = from; i < to; i += 4) {
    const offset = <usize>i << 2;
    const g = gradientAt(plan, offset);
    const w = v128.load(params + offset);
    let step: v128;
    if (kind == OPT_ADAM) {
      const m = f32x4.add(f32x4.mul(v128.load(state1 + offset), beta1), f32x4.mul(g, oneMinusBeta1));
      const v = f32x4.add(f32x4.mul(v128.load(state2 + offset), beta2), f32x4.mul(f32x4.mul(g, g), oneMinusBeta2));
      v128.store(state1 + offset, m);
      v128.store(state2 + offset, v);
      const denominator = f32x4.add(f32x4.sqrt(f32x4.div(v, correction2)), epsilon);
      step = f32x4.mul(f32x4.div(f32x4.div(m, correction1), denominator), rate);
    } else if (kind == OPT_MOMENTUM) {
      const accumulation = f32x4.add(f32x4.mul(v128.load(state1 + offset), beta1), g);
      v128.store(state1 + offset, accumulation);
      step = nesterov
        ? f32x4.mul(f32x4.add(g, f32x4.mul(accumulation, beta1)), rate)
        : f32x4.mul(accumulation, rate);
    } else if (kind == OPT_RMSPROP) {
      const meanSquare = f32x4.add(f32x4.mul(v128.load(state1 + offset), beta1), f32x4.mul(f32x4.mul(g, g), oneMinusBeta1));
      const moment = f32x4.add(
        f32x4.mul(v128.load(state2 + offset), beta2),
        f32x4.div(f32x4.mul(g, rate), f32x4.sqrt(f32x4.add(meanSquare, epsilon))),
      );
      v128.store(state1 + offset, meanSquare);
      v128.store(state2 + offset, moment);
      step = moment;
    } else if (kind == OPT_ADADELTA) {
      const grads = f32x4.add(f32x4.mul(v128.load(state1 + offset), beta1), f32x4.mul(f32x4.mul(g, g), oneMinusBeta1));
      const updates = v128.load(state2 + offset);
      const ratio = f32x4.div(f32x4.sqrt(f32x4.add(updates, epsilon)), f32x4.sqrt(f32x4.add(grads, epsilon)));
      const update = f32x4.mul(ratio, g);
      v128.store(state1 + offset, grads);
      v128.store(state2 + offset, f32x4.add(f32x4.mul(updates, beta1), f32x4.mul(f32x4.mul(update, update), oneMinusBeta1)));
      step = f32x4.mul(update, rate);
    } else if (kind == OPT_ADAGRAD) {
      // tfjs-core: accumulator += g^2, then w += (g / sqrt(accumulator + epsilon)) * -rate.
      const accumulator = f32x4.add(v128.load(state1 + offset), f32x4.mul(g, g));
      v128.store(state1 + offset, accumulator);
      step = f32x4.mul(f32x4.div(g, f32x4.sqrt(f32x4.add(accumulator, epsilon))), rate);
    } else {
      step = f32x4.mul(g, rate);
    }
    v128.store(params + offset, f32x4.sub(w, step));
  }
}
