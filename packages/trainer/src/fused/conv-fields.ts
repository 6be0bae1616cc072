/** Bytes of im2col fields a direct convolution's backward chunk aims to keep within (the core's L2). */
const chunkBytes = 256 * 1024;
/** Pixels per depth block of the engine's GEMM (KC in assembly/gemm.ts). */
const depthBlock = 256;

/**
 * How a convolution with `geometry` ([h, w, c, oh, ow, oc, kh, kw, sh, sw, pt, pl]) meets its fields,
 * for a thread of `slice` samples: 0 when through im2col (the forward pass writes the fields of every
 * sample and the backward pass reads them), else the samples per chunk of the backward pass, which makes
 * each chunk's fields itself while the forward pass reads them from the image (`convDirect`). Direct
 * needs no padding on any side, output rows of whole 4-pixel tiles and a field within one depth block.
 * A chunk holds whole depth blocks of pixels where it can, so the filter gradient sums in the order of
 * one product over all samples.
 */
export function fieldSamples(geometry: readonly number[], slice: number): number {
  const [h = 0, w = 0, c = 0, oh = 0, ow = 0, , kh = 0, kw = 0, sh = 0, sw = 0, pt = 0, pl = 0] = geometry;
  const k = kh * kw * c;
  const inside = pt === 0 && pl === 0 && (oh - 1) * sh + kh <= h && (ow - 1) * sw + kw <= w;
  if (!inside || ow % 4 !== 0 || k > depthBlock) return 0;
  let whole = 1;
  while ((whole * oh * ow) % depthBlock !== 0 && whole < depthBlock) whole *= 2;
  const fit = Math.max(1, Math.floor(chunkBytes / (whole * oh * ow * k * 4)));
  return Math.max(1, Math.min(slice, whole * fit));
}
