// Convolution through im2col: each output pixel's receptive field becomes one row of a [pixels x K]
// matrix (K = kh * kw * inChannels, ordered as the [kh, kw, in, out] kernel), so forward, filter gradient
// and input gradient are each one matrix product over all the thread's samples. Padding reads as zero.
// A direct convolution (no padding, whole 4-pixel tiles: LeNet's two) reads its forward fields from the
// image and makes them for the backward pass a chunk of samples at a time, so they stay in L2.
import { convDirect, gemm } from './gemm';
import { RECORD } from './gemm-pairs';
import { KC, MC } from './micro-tile';
import {
  L_C, L_FIELD_SAMPLES, L_H, L_KH, L_KW, L_OC, L_OH, L_OW, L_PL, L_PT, L_SH, L_SW, L_W, word,
} from './plan';

// Adds (or copies) `count` floats from `from` to `to`.
function moveFloats(to: usize, from: usize, count: i32, add: bool): void {
  let q = 0;
  for (; q + 4 <= count; q += 4) {
    const offset = <usize>q << 2;
    const value = v128.load(from + offset);
    v128.store(to + offset, add ? f32x4.add(v128.load(to + offset), value) : value);
  }
  for (; q < count; q++) {
    const offset = <usize>q << 2;
    const value = load<f32>(from + offset);
    store<f32>(to + offset, add ? load<f32>(to + offset) + value : value);
  }
}

/**
 * Copies one field row of `run` floats from the image into `col` (`toCol`), or adds it back. Inline, the
 * copy's last vector ending at the run's end: conv1's 5-float runs (a call each, 2,880 per sample) move
 * as two overlapping vectors.
 */
@inline function moveRun(image: usize, at: usize, run: i32, toCol: bool): void {
  if (toCol && run >= 4) {
    const last = <usize>(run - 4) << 2;
    for (let q: usize = 0; q < last; q += 16) v128.store(at + q, v128.load(image + q));
    v128.store(at + last, v128.load(image + last));
  } else if (toCol) moveFloats(at, image, run, false);
  else moveFloats(image, at, run, true);
}

/**
 * Copies each output pixel's receptive field of one sample into a row of `col` (`toCol`), or adds the
 * rows of `col` back onto the input positions they came from (`!toCol`, with `x` zeroed first). A
 * field row (kw x channels values) is contiguous in NHWC, so it moves as one run when it lies inside.
 */
function transfer(layer: usize, x: usize, col: usize, toCol: bool): void {
  const h = word(layer, L_H), w = word(layer, L_W), c = word(layer, L_C);
  const oh = word(layer, L_OH), ow = word(layer, L_OW), kh = word(layer, L_KH), kw = word(layer, L_KW);
  const sh = word(layer, L_SH), sw = word(layer, L_SW), pt = word(layer, L_PT), pl = word(layer, L_PL);
  const run = kw * c;
  let at = col;
  for (let oy = 0; oy < oh; oy++) {
    for (let ox = 0; ox < ow; ox++) {
      const ix0 = ox * sw - pl;
      for (let ky = 0; ky < kh; ky++) {
        const iy = oy * sh - pt + ky;
        if (iy < 0 || iy >= h) {
          if (toCol) memory.fill(at, 0, <usize>run << 2);
        } else if (ix0 >= 0 && ix0 + kw <= w) {
          moveRun(x + (<usize>((iy * w + ix0) * c) << 2), at, run, toCol);
        } else {
          for (let kx = 0; kx < kw; kx++) {
            const ix = ix0 + kx;
            const field = at + (<usize>(kx * c) << 2);
            if (ix >= 0 && ix < w) {
              const image = x + (<usize>((iy * w + ix) * c) << 2);
              if (toCol) moveFloats(field, image, c, false);
              else moveFloats(image, field, c, true);
            } else if (toCol) {
              memory.fill(field, 0, <usize>c << 2);
            }
          }
        }
        at += <usize>run << 2;
      }
    }
  }
}

/**
 * `transfer` for a layer whose fields all lie inside the image (no padding, the last field ending at or
 * before the far edges: the direct layers): no bounds to test, each field row one run.
 */
function transferInside(layer: usize, x: usize, col: usize, toCol: bool): void {
  const w = word(layer, L_W), c = word(layer, L_C);
  const oh = word(layer, L_OH), ow = word(layer, L_OW), kh = word(layer, L_KH), kw = word(layer, L_KW);
  const sh = word(layer, L_SH), sw = word(layer, L_SW);
  const run = kw * c;
  const runBytes = <usize>run << 2, rowBytes = <usize>(w * c) << 2;
  let at = col;
  for (let oy = 0; oy < oh; oy++) {
    for (let ox = 0; ox < ow; ox++) {
      let image = x + (<usize>((oy * sh * w + ox * sw) * c) << 2);
      for (let ky = 0; ky < kh; ky++) {
        moveRun(image, at, run, toCol);
        image += rowBytes;
        at += runBytes;
      }
    }
  }
}

function fieldSize(layer: usize): i32 {
  return word(layer, L_KH) * word(layer, L_KW) * word(layer, L_C);
}

/**
 * y = im2col(x) x kernel for `rows` samples (bias and activation are added by the caller): read from x
 * for a direct layer, else as one product whose fields `col` keeps for the backward pass.
 */
export function convForward(layer: usize, x: usize, rows: i32, kernel: usize, y: usize, col: usize, scratch: usize): void {
  const oc = word(layer, L_OC);
  if (word(layer, L_FIELD_SAMPLES) > 0) {
    convDirect(
      x, rows, word(layer, L_H), word(layer, L_W), word(layer, L_C), word(layer, L_OH), word(layer, L_OW),
      word(layer, L_KH), word(layer, L_KW), word(layer, L_SH), word(layer, L_SW), kernel, oc, y, scratch,
    );
    return;
  }
  const pixels = word(layer, L_OH) * word(layer, L_OW), k = fieldSize(layer);
  const inSize = word(layer, L_H) * word(layer, L_W) * word(layer, L_C);
  for (let r = 0; r < rows; r++) {
    transfer(layer, x + (<usize>(r * inSize) << 2), col + (<usize>(r * pixels * k) << 2), true);
  }
  gemm(rows * pixels, oc, k, col, k, false, kernel, oc, false, y, oc, false, scratch);
}

/**
 * Filter gradient = col^T x dy over the `rows` samples (written, not added) and, when `dx` is non-zero,
 * dx = col2im(dy x kernel^T). A direct layer (L_FIELD_SAMPLES samples a chunk, set by
 * src/fused/conv-fields.ts) makes its fields here, a chunk at a time through `col`; otherwise `col`
 * holds the forward pass's fields of every sample and is overwritten.
 */
export function convBackward(
  layer: usize, x: usize, rows: i32, kernel: usize, dy: usize, kernelGradient: usize, dx: usize, col: usize,
  scratch: usize,
): void {
  const pixels = word(layer, L_OH) * word(layer, L_OW);
  const k = fieldSize(layer), oc = word(layer, L_OC);
  const inSize = word(layer, L_H) * word(layer, L_W) * word(layer, L_C);
  const fresh = word(layer, L_FIELD_SAMPLES) > 0;
  const chunk = fresh ? word(layer, L_FIELD_SAMPLES) : rows;
  if (dx != 0) memory.fill(dx, 0, <usize>(rows * inSize) << 2);
  // A wide field takes the filter gradient transposed, dy^T x col, so that A is dy: after max pooling and
  // ReLU three quarters of it are zero, and pairs of channels often together (the wide product skips
  // those steps). The same products summed in the same order; transposed back at the end through the
  // scratch, which the product's own 2-row block always leaves room for. Measured on LeNet-5: conv2's
  // 150-value field 0.95x the step time, conv1's 25 slower (a 2x16 tile computes 32 columns of its 25).
  // The threshold, 64, lies between.
  const transposed = kernelGradient != 0 && k > 64 && k * oc <= (MC / 2) * KC * (RECORD / 4);
  for (let r0 = 0; r0 < rows; r0 += chunk) {
    const samples = min(chunk, rows - r0), m = samples * pixels;
    const g = dy + (<usize>(r0 * pixels * oc) << 2);
    if (fresh) {
      for (let r = 0; r < samples; r++) {
        transferInside(layer, x + (<usize>((r0 + r) * inSize) << 2), col + (<usize>(r * pixels * k) << 2), true);
      }
    }
    if (transposed) gemm(oc, k, m, g, oc, true, col, k, false, kernelGradient, k, r0 > 0, scratch);
    else if (kernelGradient != 0) gemm(k, oc, m, col, k, true, g, oc, false, kernelGradient, oc, r0 > 0, scratch);
    if (dx == 0) continue;
    gemm(m, k, oc, g, oc, false, kernel, oc, true, col, k, false, scratch);
    for (let r = 0; r < samples; r++) {
      const to = dx + (<usize>((r0 + r) * inSize) << 2), from = col + (<usize>(r * pixels * k) << 2);
      if (fresh) transferInside(layer, to, from, false);
      else transfer(layer, to, from, false);
    }
  }
  if (transposed) {
    memory.copy(scratch, kernelGradient, <usize>(k * oc) << 2);
    for (let o = 0; o < oc; o++) {
      for (let f = 0; f < k; f++) {
        store<f32>(kernelGradient + (<usize>(f * oc + o) << 2), load<f32>(scratch + (<usize>(o * k + f) << 2)));
      }
    }
  }
}
