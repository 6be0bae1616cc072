// The register tile's shared parts: its sizes, the multiply-add each build compiles, and the stores of
// accumulators into C, whole rows inline and a narrow panel's rows through a small tile buffer.

/** Rows of A in a 4-row panel. */
export const MR: i32 = 4;
/** Columns of B in a packed panel. */
export const NR: i32 = 8;
/** Depth of a block: steps packed at a time. */
export const KC: i32 = 256;
/** Rows of A packed at a time. */
export const MC: i32 = 128;

/** c + a * b: one fused multiply-add (rounded once) in the relaxed-SIMD build, a multiply and an add otherwise. */
export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(c, f32x4.mul(a, b));
}

// A row of a whole 8-column panel, kept inline: the common case.
@inline export function storeRow(c: usize, low: v128, high: v128, accumulate: bool): void {
  if (accumulate) {
    low = f32x4.add(low, v128.load(c));
    high = f32x4.add(high, v128.load(c, 16));
  }
  v128.store(c, low);
  v128.store(c, high, 16);
}

/**
 * The rows of a narrow tile from `tile` (row r's lanes at r * `tileRow` bytes): four columns at a time as
 * one vector, the rest element by element. A call, not inlined: a copy in
 * each of the kernel's inlined sites cost 2 kB of the package for the last panel of each row.
 */
function storeNarrow(c: usize, stride: usize, rows: i32, cols: i32, accumulate: bool, tile: usize, tileRow: usize): void {
  for (let r = 0; r < rows; r++) {
    let target = c + <usize>r * stride;
    let from = tile + <usize>r * tileRow;
    let left = cols;
    while (left >= 4) {
      const low = v128.load(from);
      v128.store(target, accumulate ? f32x4.add(low, v128.load(target)) : low);
      target += 16;
      from += 16;
      left -= 4;
    }
    for (let q = 0; q < left; q++) {
      const at = target + <usize>q * 4;
      const value = load<f32>(from + <usize>q * 4);
      store<f32>(at, accumulate ? load<f32>(at) + value : value);
    }
  }
}

/** Stores a kernel's 4x8 accumulators (the first `rows` rows, `cols` columns) into C. */
@inline export function storeTile(
  c: usize, ldc: i32, rows: i32, cols: i32, accumulate: bool, tile: usize,
  c00: v128, c01: v128, c10: v128, c11: v128, c20: v128, c21: v128, c30: v128, c31: v128,
): void {
  const stride = <usize>ldc * 4;
  if (cols == NR) {
    storeRow(c, c00, c01, accumulate);
    if (rows > 1) storeRow(c + stride, c10, c11, accumulate);
    if (rows > 2) storeRow(c + 2 * stride, c20, c21, accumulate);
    if (rows > 3) storeRow(c + 3 * stride, c30, c31, accumulate);
    return;
  }
  storeSpilled(c, stride, rows, cols, accumulate, tile, 32, c00, c01, c10, c11, c20, c21, c30, c31);
}

/** A narrow tile's 8 accumulators (in row order, rows `tileRow` bytes apart) stored through `tile`. */
@inline export function storeSpilled(
  c: usize, stride: usize, rows: i32, cols: i32, accumulate: bool, tile: usize, tileRow: usize,
  v0: v128, v1: v128, v2: v128, v3: v128, v4: v128, v5: v128, v6: v128, v7: v128,
): void {
  v128.store(tile, v0);
  v128.store(tile, v1, 16);
  v128.store(tile, v2, 32);
  v128.store(tile, v3, 48);
  v128.store(tile, v4, 64);
  v128.store(tile, v5, 80);
  v128.store(tile, v6, 96);
  v128.store(tile, v7, 112);
  storeNarrow(c, stride, rows, cols, accumulate, tile, tileRow);
}
