// Single-threaded SIMD matrix product C = op(A) x op(B) (+ C), the one hot loop of the fused engine.
// B's columns are packed into contiguous panels (8 columns, 16 for a 2x16 tile, zero-padded at the edge)
// so that a register tile reads them with unit stride whatever the transposition; B stored untransposed
// is read in place instead when A has few rows, only its last columns packed: packing copied the MLP's
// 784x300 weights every step, on every thread. Products with one or two 8-column panels read A in place
// through a 4x8 tile; wider ones pack A two rows at a time, skipping all-zero steps (gemm-pairs.ts).
// Compiled twice: with relaxed SIMD each multiply-add is one fused instruction (`madd`).
import { RECORD, kernelPairs, packPairs, packWide } from './gemm-pairs';
import { KC, MC, MR, NR, madd, storeTile } from './micro-tile';

/**
 * Bytes of scratch `gemm` needs for products `n` columns wide: B's panels, then a tile of C, then A's block
 * (a 4-row panel, or the 2-row panels' records and their counts).
 */
export function gemmScratchBytes(n: i32): i32 {
  return bPanelBytes(n) + MR * NR * 4 + (MC / 2) * (KC * RECORD + 4);
}

/** B's packed panels: 8 columns wide, or 16 for a 2x16 tile, so room for `n` rounded up to 16. */
function bPanelBytes(n: i32): i32 {
  return ((n + 2 * NR - 1) & ~(2 * NR - 1)) * KC * 4;
}

// Lane masks keeping the first 0..8 of 8 lanes, as two v128 each (low then high half).
function laneMask(count: i32, half: i32): v128 {
  const first = count - half * 4;
  return i32x4.gt_s(i32x4.splat(first), i32x4(0, 1, 2, 3));
}

/** Packs B's column panels from column `from` on (a multiple of NR) for depth block `k0 .. k0 + kc`. */
function packB(b: usize, ldb: i32, transB: bool, k0: i32, kc: i32, n: i32, k: i32, dst: usize, from: i32): void {
  for (let j = from; j < n; j += NR) {
    const cols = min(NR, n - j);
    const panel = dst + <usize>(j * kc) * 4;
    if (!transB) {
      // Rows are contiguous: whole vectors, the columns past the matrix's edge masked to zero. A narrow
      // panel's vectors read a little past its row, so the matrix's very last row is copied by elements.
      const low = laneMask(cols, 0), high = laneMask(cols, 1);
      for (let q = 0; q < kc; q++) {
        const out = panel + <usize>(q * NR) * 4;
        const row = b + <usize>((k0 + q) * ldb + j) * 4;
        if (cols == NR || k0 + q + 1 < k) {
          v128.store(out, v128.and(v128.load(row), low));
          v128.store(out, v128.and(v128.load(row, 16), high), 16);
        } else {
          for (let c = 0; c < NR; c++) store<f32>(out + <usize>c * 4, c < cols ? load<f32>(row + <usize>c * 4) : 0);
        }
      }
      continue;
    }
    for (let q = 0; q < kc; q++) {
      const out = panel + <usize>(q * NR) * 4;
      for (let c = 0; c < NR; c++) {
        const value: f32 = c < cols ? load<f32>(b + <usize>((j + c) * ldb + k0 + q) * 4) : 0;
        store<f32>(out + <usize>c * 4, value);
      }
    }
  }
}

/**
 * Packs A's last `rows` rows (fewer than 4) for depth block `k0 .. k0 + kc` into one 4-row panel, the
 * missing rows zero.
 */
function packTail(a: usize, lda: i32, transA: bool, i0: i32, rows: i32, k0: i32, kc: i32, dst: usize): void {
  const rowStride: usize = transA ? 4 : <usize>lda * 4;
  const kStride: usize = transA ? <usize>lda * 4 : 4;
  const from = a + <usize>(transA ? k0 * lda + i0 : i0 * lda + k0) * 4;
  for (let q = 0; q < kc; q++) v128.store(dst + (<usize>q << 4), lanes(from + <usize>q * kStride, rowStride, rows));
}

/** The first `count` of 4 floats `stride` bytes apart from `from`, the other lanes 0. */
function lanes(from: usize, stride: usize, count: i32): v128 {
  let value = f32x4.splat(0);
  if (count > 0) value = f32x4.replace_lane(value, 0, load<f32>(from));
  if (count > 1) value = f32x4.replace_lane(value, 1, load<f32>(from + stride));
  if (count > 2) value = f32x4.replace_lane(value, 2, load<f32>(from + 2 * stride));
  if (count > 3) value = f32x4.replace_lane(value, 3, load<f32>(from + 3 * stride));
  return value;
}

/**
 * The micro-kernel: one 4x8 tile of C from 4 rows of A and 8 columns of B over `runs` runs of `kc` steps,
 * the 8 accumulators kept in registers. Row r, step k of run q of A is at `pa + q * runStride + r *
 * rowStride + k * kStride` (bytes): an untransposed A read in place, whose rows are apart (one run), or a
 * convolution's fields read from the image (a run per field row, `convDirect`); `kernelPacked` takes A
 * whose 4 rows of a step are contiguous. B's steps follow each other across runs, `bStride` apart (32
 * packed, a row's length in place). Stores the first `rows` rows.
 */
@inline function kernel(
  pa: usize, rowStride: usize, kStride: usize, kc: i32, runs: i32, runStride: usize, pb: usize,
  bStride: usize, c: usize, ldc: i32, rows: i32, cols: i32, accumulate: bool, tile: usize,
): void {
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
  let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
  let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
  for (let run = 0; run < runs; run++) {
    let p0 = pa, p1 = pa + rowStride, p2 = pa + 2 * rowStride, p3 = pa + 3 * rowStride;
    const end = pa + <usize>kc * kStride;
    while (p0 < end) {
      const b0 = v128.load(pb);
      const b1 = v128.load(pb, 16);
      let a = v128.load32_splat(p0);
      c00 = madd(a, b0, c00);
      c01 = madd(a, b1, c01);
      a = v128.load32_splat(p1);
      c10 = madd(a, b0, c10);
      c11 = madd(a, b1, c11);
      a = v128.load32_splat(p2);
      c20 = madd(a, b0, c20);
      c21 = madd(a, b1, c21);
      a = v128.load32_splat(p3);
      c30 = madd(a, b0, c30);
      c31 = madd(a, b1, c31);
      p0 += kStride;
      p1 += kStride;
      p2 += kStride;
      p3 += kStride;
      pb += bStride;
    }
    pa += runStride;
  }
  storeTile(c, ldc, rows, cols, accumulate, tile, c00, c01, c10, c11, c20, c21, c30, c31);
}

/**
 * The micro-kernel where A's 4 rows of a step are contiguous (a packed panel, `kStride` 16, or a transposed
 * A read in place): one pointer, the rows at fixed offsets, so the loop advances two pointers, not five.
 */
@inline function kernelPacked(
  pa: usize, kStride: usize, pb: usize, bStride: usize, kc: i32, c: usize, ldc: i32, rows: i32, cols: i32,
  accumulate: bool, tile: usize,
): void {
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0);
  let c10 = f32x4.splat(0), c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0), c21 = f32x4.splat(0);
  let c30 = f32x4.splat(0), c31 = f32x4.splat(0);
  const end = pa + <usize>kc * kStride;
  while (pa < end) {
    const b0 = v128.load(pb);
    const b1 = v128.load(pb, 16);
    let a = v128.load32_splat(pa);
    c00 = madd(a, b0, c00);
    c01 = madd(a, b1, c01);
    a = v128.load32_splat(pa, 4);
    c10 = madd(a, b0, c10);
    c11 = madd(a, b1, c11);
    a = v128.load32_splat(pa, 8);
    c20 = madd(a, b0, c20);
    c21 = madd(a, b1, c21);
    a = v128.load32_splat(pa, 12);
    c30 = madd(a, b0, c30);
    c31 = madd(a, b1, c31);
    pa += kStride;
    pb += bStride;
  }
  storeTile(c, ldc, rows, cols, accumulate, tile, c00, c01, c10, c11, c20, c21, c30, c31);
}

/**
 * C[m x n] (=|+=) op(A)[m x k] x op(B)[k x n], row-major with leading dimensions; `transA` reads A stored
 * as [k x m], `transB` reads B stored as [n x k]. `scratch` holds `gemmScratchBytes(n)` bytes.
 */
export function gemm(
  m: i32, n: i32, k: i32,
  a: usize, lda: i32, transA: bool,
  b: usize, ldb: i32, transB: bool,
  c: usize, ldc: i32, accumulate: bool,
  scratch: usize,
): void {
  const tile = scratch + <usize>bPanelBytes(n);
  const packedA = tile + <usize>(MR * NR) * 4;
  // Whole panels of an untransposed B are read where they are when few row tiles share them (a dense
  // layer's forward product, LeNet conv2's filter gradient): packing cost as much as it saved there.
  // Many row tiles (the MLP's 784-row filter gradient) read the compact packed copy faster.
  const wide = n > 2 * NR;
  let inPlace = transB || m > 2 * MC ? 0 : n & ~(NR - 1);
  const rowBytes = <usize>ldb * 4;
  // A 2x16 tile reads 16 columns from each of B's rows: whole 16-column stretches in place, the last
  // columns packed at the same row stride (so one byte offset per step serves both), or every column
  // packed in 16-column panels. The packed rows must fit where the 8-column panels would go.
  if (wide) inPlace = ldb <= ((n + 2 * NR - 1) & ~(2 * NR - 1)) ? inPlace & ~(2 * NR - 1) : 0;
  const wideStride = inPlace > 0 ? <i32>rowBytes : 64;
  for (let k0 = 0; k0 < k; k0 += KC) {
    const kc = min(KC, k - k0);
    const add = accumulate || k0 > 0;
    // With one or two column panels A is read once, so packing it would only double its traffic.
    if (!wide) {
      packB(b, ldb, transB, k0, kc, n, k, scratch, inPlace);
      const rowStride: usize = transA ? 4 : <usize>lda * 4;
      const kStride: usize = transA ? <usize>lda * 4 : 4;
      const full = m & ~(MR - 1);
      // One narrow panel whose rows are contiguous in C (conv1's 6 channels): a row's 8 lanes are stored
      // whole, the 2 past its end landing on the start of the next row, which is stored after it. Only a
      // tile before the last rows does so, and not when adding to C.
      const spill = n < NR && ldc == n && !add;
      // Two column panels of an A whose rows are contiguous (conv2's forward product over its 7.7 MB of
      // fields): row tiles outermost, so a tile's rows are still in L1 for the second panel instead of
      // being read twice. Measured slower for one panel and for a transposed A, which keep panels outermost.
      const rowsOuter = n > NR && !transA;
      // Rows past the last whole tile are packed first and go through the same loop as one more tile.
      if (full < m) packTail(a, lda, transA, full, m - full, k0, kc, packedA);
      const panels = (n + NR - 1) / NR, tiles = (m + MR - 1) / MR;
      const outer = rowsOuter ? tiles : panels, inner = rowsOuter ? panels : tiles;
      for (let o = 0; o < outer; o++) {
        for (let t = 0; t < inner; t++) {
          const i = (rowsOuter ? o : t) * MR, j = (rowsOuter ? t : o) * NR;
          const pb = j < inPlace ? b + <usize>(k0 * ldb + j) * 4 : scratch + <usize>(j * kc) * 4;
          const bStride: usize = j < inPlace ? rowBytes : 32;
          const target = c + <usize>(i * ldc + j) * 4;
          const stored = spill && i + MR < m ? NR : min(NR, n - j);
          if (i >= full) {
            kernelPacked(packedA, 16, pb, bStride, kc, target, ldc, m - full, stored, add, tile);
          } else if (transA) {
            kernelPacked(a + <usize>(k0 * lda + i) * 4, kStride, pb, bStride, kc, target, ldc, MR, stored, add, tile);
          } else {
            kernel(a + <usize>(i * lda + k0) * 4, rowStride, kStride, kc, 1, 0, pb, bStride, target, ldc, MR, stored, add, tile);
          }
        }
      }
      continue;
    }
    packWide(b, ldb, transB, k0, kc, n, inPlace, scratch, wideStride, inPlace > 0 ? 64 : <usize>(kc * 64));
    const counts = packedA + <usize>((MC / 2) * KC * RECORD);
    for (let i0 = 0; i0 < m; i0 += MC) {
      const mc = min(MC, m - i0);
      packPairs(a, lda, transA, i0, mc, k0, kc, packedA, counts, wideStride);
      for (let j = 0; j < n; j += 2 * NR) {
        const pb = j < inPlace ? b + <usize>(k0 * ldb + j) * 4 : scratch + <usize>((j - inPlace) * kc) * 4;
        const cols = min(2 * NR, n - j);
        for (let i = 0; i < mc; i += 2) {
          const target = c + <usize>((i0 + i) * ldc + j) * 4;
          const records = packedA + <usize>((i >> 1) * KC * RECORD);
          kernelPairs(records, load<i32>(counts + <usize>(i >> 1) * 4), pb, target, ldc, min(2, mc - i), cols, add, tile);
        }
      }
    }
  }
}

/**
 * y = im2col(x) x kernel for a convolution without padding whose output rows are whole 4-pixel tiles
 * and whose field (`kh * kw * c` values) fits one depth block: each tile reads its fields from x where
 * they are, so no field matrix is written or read back. `y` is [samples x oh x ow x oc].
 */
export function convDirect(
  x: usize, samples: i32, h: i32, w: i32, c: i32, oh: i32, ow: i32, kh: i32, kw: i32, sh: i32, sw: i32,
  weights: usize, oc: i32, y: usize, scratch: usize,
): void {
  const run = kw * c, k = kh * run;
  packB(weights, oc, false, 0, k, oc, k, scratch, 0);
  const tile = scratch + <usize>bPanelBytes(oc);
  const rowStride = <usize>(sw * c) << 2, fieldRowStride = <usize>(w * c) << 2;
  const pixels = samples * oh * ow;
  let r = 0, oy = 0, ox = 0;
  for (let p = 0; p < pixels; p += MR) {
    const pa = x + (<usize>(((r * h + oy * sh) * w + ox * sw) * c) << 2);
    // The next tile's pixel, counted rather than divided out of p.
    ox += MR;
    if (ox == ow) {
      ox = 0;
      if (++oy == oh) {
        oy = 0;
        r++;
      }
    }
    for (let j = 0; j < oc; j += NR) {
      // A narrow last panel (conv1's 6 channels) stores 8 lanes, the 2 past a pixel's channels landing on
      // the next pixel's first, stored after it; all but the very last tile.
      const cols = oc < NR && p + MR < pixels ? NR : min(NR, oc - j);
      // Each of the field's kh rows is one run of kw * c contiguous steps: the same sums, in the same
      // order, as the product over im2col's rows.
      const target = y + <usize>(p * oc + j) * 4;
      kernel(pa, rowStride, 4, run, kh, fieldRowStride, scratch + <usize>(j * k) * 4, 32, target, oc, MR, cols, false, tile);
    }
  }
}
