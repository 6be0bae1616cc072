// A's rows two at a time, for products with more than two column panels (the MLP's 784x300 layer): a
// 2-row panel keeps only the steps where one of its 2 values is not +0, each as a 12-byte record (the two
// values, then the byte offset of the step's row of B), and a 2x16 tile reads B's rows through them.
// Inputs and ReLU outputs are half zeros; pairs are all zero more often than fours (in Fashion-MNIST
// batches, 34% of 2-image steps against 21% of 4-image ones, 45% of 2-pixel steps against 38%). The kept
// steps' sums keep their order, so C is the same but for one case: an infinite or NaN B value met only by
// skipped zeros no longer makes C NaN (a diverged run still fails the loss check). One
// record stream and B's 16 columns at fixed offsets from one address keep V8's loop at 26 instructions for
// 8 multiply-adds (29 with separate indices and a stride): without fused multiply-adds (Node 20) its 16
// multiplies and adds take 4 cycles, in which the core issues 24 instructions, so the count is the bound.
import { KC, madd, storeRow, storeSpilled } from './micro-tile';

/** Bytes of a kept step's record: the pair of A values and the byte offset of its row of B. */
export const RECORD: i32 = 12;

/**
 * Packs B's 16-column panels from column `from` on for depth block `k0 .. k0 + kc`: panel p's row q at
 * `dst + p * panelStride + q * rowStride`, columns past `n` zero.
 */
export function packWide(
  b: usize, ldb: i32, transB: bool, k0: i32, kc: i32, n: i32, from: i32, dst: usize, rowStride: usize,
  panelStride: usize,
): void {
  for (let j = from; j < n; j += 16) {
    const panel = dst + (<usize>((j - from) >> 4)) * panelStride;
    const cols = min(16, n - j);
    for (let q = 0; q < kc; q++) {
      const out = panel + <usize>q * rowStride;
      if (!transB && cols == 16) {
        const row = b + <usize>((k0 + q) * ldb + j) * 4;
        v128.store(out, v128.load(row));
        v128.store(out, v128.load(row, 16), 16);
        v128.store(out, v128.load(row, 32), 32);
        v128.store(out, v128.load(row, 48), 48);
        continue;
      }
      for (let c = 0; c < 16; c++) {
        const at = transB ? (j + c) * ldb + k0 + q : (k0 + q) * ldb + j + c;
        store<f32>(out + <usize>c * 4, c < cols ? load<f32>(b + <usize>at * 4) : 0);
      }
    }
  }
}

/**
 * Writes one step's record where the next kept one goes and returns the new count: kept unless both
 * values are +0 (the bits all zero). The count depends on the values through an add, not a branch.
 */
@inline function putPair(records: usize, kept: i32, offset: i32, value: i64): i32 {
  const at = records + <usize>(kept * RECORD);
  store<i64>(at, value);
  store<i32>(at, offset, 8);
  return kept + <i32>(value != 0);
}

/** Two floats `stride` bytes apart as one i64 (the second 0 when `rows` is 1). */
@inline function pairAt(from: usize, stride: usize, rows: i32): i64 {
  const low = <i64>load<u32>(from);
  return rows > 1 ? low | (<i64>load<u32>(from + stride) << 32) : low;
}

/**
 * Packs 2-row panels of A for depth block `k0 .. k0 + kc` as records of their kept steps (B's row q at
 * byte offset `q * bStride`): panel p's at `records + p * KC * RECORD`, its count the i32 at `counts + p * 4`.
 */
export function packPairs(
  a: usize, lda: i32, transA: bool, i0: i32, mc: i32, k0: i32, kc: i32, records: usize, counts: usize,
  bStride: i32,
): void {
  for (let i = 0; i < mc; i += 2) {
    const rows = min(2, mc - i);
    const panel = records + <usize>((i >> 1) * KC * RECORD);
    let kept = 0;
    if (transA) {
      for (let q = 0; q < kc; q++) {
        const from = a + <usize>((k0 + q) * lda + i0 + i) * 4;
        kept = putPair(panel, kept, q * bStride, rows == 2 ? load<i64>(from) : <i64>load<u32>(from));
      }
    } else {
      const r0 = a + <usize>((i0 + i) * lda + k0) * 4;
      const stride = <usize>lda * 4;
      let q = 0;
      if (rows == 2) {
        for (; q + 4 <= kc; q += 4) {
          const at = <usize>q * 4;
          const x0 = v128.load(r0 + at), x1 = v128.load(r0 + stride + at);
          const low = v128.shuffle<f32>(x0, x1, 0, 4, 1, 5), high = v128.shuffle<f32>(x0, x1, 2, 6, 3, 7);
          kept = putPair(panel, kept, q * bStride, i64x2.extract_lane(low, 0));
          kept = putPair(panel, kept, (q + 1) * bStride, i64x2.extract_lane(low, 1));
          kept = putPair(panel, kept, (q + 2) * bStride, i64x2.extract_lane(high, 0));
          kept = putPair(panel, kept, (q + 3) * bStride, i64x2.extract_lane(high, 1));
        }
      }
      for (; q < kc; q++) kept = putPair(panel, kept, q * bStride, pairAt(r0 + <usize>q * 4, stride, rows));
    }
    store<i32>(counts + <usize>(i >> 1) * 4, kept);
  }
}

/**
 * A 2x16 tile of C from `count` records at `records`: each step's 16 columns of B are contiguous at `pb`
 * plus the record's offset. Stores the first `rows` rows and `cols` columns.
 */
@inline export function kernelPairs(
  records: usize, count: i32, pb: usize, c: usize, ldc: i32, rows: i32, cols: i32, accumulate: bool,
  tile: usize,
): void {
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0), c02 = f32x4.splat(0), c03 = f32x4.splat(0);
  let c10 = f32x4.splat(0), c11 = f32x4.splat(0), c12 = f32x4.splat(0), c13 = f32x4.splat(0);
  const end = records + <usize>(count * RECORD);
  while (records < end) {
    const row = pb + <usize>load<i32>(records, 8);
    const b0 = v128.load(row), b1 = v128.load(row, 16);
    const b2 = v128.load(row, 32), b3 = v128.load(row, 48);
    let a = v128.load32_splat(records);
    c00 = madd(a, b0, c00);
    c01 = madd(a, b1, c01);
    c02 = madd(a, b2, c02);
    c03 = madd(a, b3, c03);
    a = v128.load32_splat(records, 4);
    c10 = madd(a, b0, c10);
    c11 = madd(a, b1, c11);
    c12 = madd(a, b2, c12);
    c13 = madd(a, b3, c13);
    records += RECORD;
  }
  const stride = <usize>ldc * 4;
  if (cols == 16) {
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
