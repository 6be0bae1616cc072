// A's rows two at a time, for products with more than two column panels (the MLP's 784x300 layer): a
// 2-row panel keeps only the steps where one of its 2 values is not +0, with their indices, and a 2x16
// tile reads B's rows through them. Inputs and ReLU outputs are half zeros; pairs are all zero more often
// than fours (in Fashion-MNIST batches, 34% of 2-image steps against 21% of 4-image ones, 45% of 2-pixel
// steps against 38%), and a 2x16 tile does as many multiply-adds per load as a 4x8 one.
import { KC, NR, madd, storeRow, storeSpilled } from './micro-tile';

/**
 * Writes one 2-row step where the next kept one goes and returns the new count: kept unless both values
 * are +0 (the bits all zero). The count depends on the value through an add, not a branch.
 */
@inline function putPair(panel: usize, index: usize, kept: i32, q: i32, value: i64): i32 {
  store<i64>(panel + (<usize>kept << 3), value);
  store<i32>(index + <usize>(kept + 1) * 4, q);
  return kept + <i32>(value != 0);
}

/** Two floats `stride` bytes apart as one i64 (the second 0 when `rows` is 1). */
@inline function pairAt(from: usize, stride: usize, rows: i32): i64 {
  const low = <i64>load<u32>(from);
  return rows > 1 ? low | (<i64>load<u32>(from + stride) << 32) : low;
}

/**
 * Packs 2-row panels of A for depth block `k0 .. k0 + kc`, each keeping only its steps that are not all +0:
 * panel p's kept count and then their indices are the i32s at `steps + p * (KC + 1) * 4`.
 */
export function packPairs(a: usize, lda: i32, transA: bool, i0: i32, mc: i32, k0: i32, kc: i32, dst: usize, steps: usize): void {
  for (let i = 0; i < mc; i += 2) {
    const rows = min(2, mc - i);
    const panel = dst + <usize>(i * kc) * 4;
    const index = steps + <usize>((i >> 1) * (KC + 1)) * 4;
    let kept = 0;
    if (transA) {
      for (let q = 0; q < kc; q++) {
        const from = a + <usize>((k0 + q) * lda + i0 + i) * 4;
        kept = putPair(panel, index, kept, q, rows == 2 ? load<i64>(from) : <i64>load<u32>(from));
      }
      store<i32>(index, kept);
      continue;
    }
    const r0 = a + <usize>((i0 + i) * lda + k0) * 4;
    const stride = <usize>lda * 4;
    let q = 0;
    if (rows == 2) {
      for (; q + 4 <= kc; q += 4) {
        const at = <usize>q * 4;
        const x0 = v128.load(r0 + at), x1 = v128.load(r0 + stride + at);
        const low = v128.shuffle<f32>(x0, x1, 0, 4, 1, 5), high = v128.shuffle<f32>(x0, x1, 2, 6, 3, 7);
        kept = putPair(panel, index, kept, q, i64x2.extract_lane(low, 0));
        kept = putPair(panel, index, kept, q + 1, i64x2.extract_lane(low, 1));
        kept = putPair(panel, index, kept, q + 2, i64x2.extract_lane(high, 0));
        kept = putPair(panel, index, kept, q + 3, i64x2.extract_lane(high, 1));
      }
    }
    for (; q < kc; q++) kept = putPair(panel, index, kept, q, pairAt(r0 + <usize>q * 4, stride, rows));
    store<i32>(index, kept);
  }
}

/**
 * A 2x16 tile of C from a compacted 2-row panel: `count` kept steps, step s's B row found through its
 * index (the i32 at `steps + s * 4`) in two 8-column panels, one at `pb0` with rows `s0` bytes apart, the
 * other `delta` bytes after it (0 for a tile of 8 columns or fewer: its second half is computed and not
 * stored). Stores the first `rows` rows and `cols` columns.
 */
@inline export function kernelPairs(
  pa: usize, steps: usize, count: i32, pb0: usize, s0: usize, delta: usize, c: usize, ldc: i32,
  rows: i32, cols: i32, accumulate: bool, tile: usize,
): void {
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0), c02 = f32x4.splat(0), c03 = f32x4.splat(0);
  let c10 = f32x4.splat(0), c11 = f32x4.splat(0), c12 = f32x4.splat(0), c13 = f32x4.splat(0);
  const end = steps + <usize>count * 4;
  while (steps < end) {
    const q = <usize>load<i32>(steps);
    const row0 = pb0 + q * s0, row1 = row0 + delta;
    const b0 = v128.load(row0), b1 = v128.load(row0, 16);
    const b2 = v128.load(row1), b3 = v128.load(row1, 16);
    let a = v128.load32_splat(pa);
    c00 = madd(a, b0, c00);
    c01 = madd(a, b1, c01);
    c02 = madd(a, b2, c02);
    c03 = madd(a, b3, c03);
    a = v128.load32_splat(pa, 4);
    c10 = madd(a, b0, c10);
    c11 = madd(a, b1, c11);
    c12 = madd(a, b2, c12);
    c13 = madd(a, b3, c13);
    pa += 8;
    steps += 4;
  }
  const stride = <usize>ldc * 4;
  if (cols == 2 * NR) {
    storeRow(c, c00, c01, accumulate);
    storeRow(c + 32, c02, c03, accumulate);
    if (rows > 1) {
      storeRow(c + stride, c10, c11, accumulate);
      storeRow(c + stride + 32, c12, c13, accumulate);
    }
    return;
  }
  storeSpilled(c, stride, rows, cols, accumulate, tile, 64, c00, c01, c02, c03, c10, c11, c12, c13);
}
