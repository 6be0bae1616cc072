// Max and average pooling over NHWC samples. Max pooling records the winning input offset per output so
// that its backward pass is a scatter; windows clipped by 'same' padding pool only their valid inputs.
import {
  L_C, L_H, L_IN_SIZE, L_KH, L_KW, L_OH, L_OUT_SIZE, L_OW, L_PL, L_PT, L_SH, L_SW, L_W, word,
} from './plan';

/** Whether max pooling's windows tile the input exactly (no padding, stride = window, nothing left over). */
function tiles(layer: usize): bool {
  const kh = word(layer, L_KH), kw = word(layer, L_KW);
  return word(layer, L_C) >= 4 && word(layer, L_SH) == kh && word(layer, L_SW) == kw && word(layer, L_PT) == 0 &&
    word(layer, L_PL) == 0 && word(layer, L_OH) * kh == word(layer, L_H) && word(layer, L_OW) * kw == word(layer, L_W);
}

export function poolForward(layer: usize, x: usize, y: usize, argmax: usize, rows: i32, isMax: bool): void {
  const h = word(layer, L_H), w = word(layer, L_W), c = word(layer, L_C);
  const oh = word(layer, L_OH), ow = word(layer, L_OW), kh = word(layer, L_KH), kw = word(layer, L_KW);
  const sh = word(layer, L_SH), sw = word(layer, L_SW), pt = word(layer, L_PT), pl = word(layer, L_PL);
  const inSize = word(layer, L_IN_SIZE), outSize = word(layer, L_OUT_SIZE);
  for (let r = 0; r < rows; r++) {
    const xs = x + (<usize>(r * inSize) << 2);
    let out = y + (<usize>(r * outSize) << 2);
    let winners = argmax + (<usize>(r * outSize) << 2);
    for (let oy = 0; oy < oh; oy++) {
      const y0 = max(oy * sh - pt, 0), y1 = min(oy * sh - pt + kh, h);
      for (let ox = 0; ox < ow; ox++) {
        const x0 = max(ox * sw - pl, 0), x1 = min(ox * sw - pl + kw, w);
        // Channels are innermost in NHWC: sweep the window once per group of channels, four at a time; the
        // last group overlaps the one before when the channels are not a multiple of four (conv1's six left
        // two channels to the scalar loop), recomputing the shared channels to the same values and winners.
        const first = (y0 * w + x0) * c;
        let from = 0;
        if (isMax && c >= 4) {
          for (; from + 4 <= c; from += 4) maxWindow4(xs, out, winners, w, c, y0, y1, x0, x1, first, from);
          if (from < c) {
            maxWindow4(xs, out, winners, w, c, y0, y1, x0, x1, first, c - 4);
            from = c;
          }
        }
        for (let ch = from; ch < c; ch++) {
          store<f32>(out + (<usize>ch << 2), load<f32>(xs + (<usize>(first + ch) << 2)));
          if (isMax) store<i32>(winners + (<usize>ch << 2), first + ch);
        }
        // With every channel done four at a time (max pooling of 4 or more channels) no window is left to
        // sweep: LeNet's pools swept each window again for nothing.
        for (let iy = y0; iy < (from < c ? y1 : y0); iy++) {
          for (let ix = x0; ix < x1; ix++) {
            const base = (iy * w + ix) * c;
            if (base == first) continue;
            for (let ch = from; ch < c; ch++) {
              const value = load<f32>(xs + (<usize>(base + ch) << 2));
              const at = out + (<usize>ch << 2);
              const best = load<f32>(at);
              if (!isMax) {
                store<f32>(at, best + value);
              } else if (best == best && !(value <= best)) {
                // A NaN wins and stays, as TensorFlow's max pooling propagates it.
                store<f32>(at, value);
                store<i32>(winners + (<usize>ch << 2), base + ch);
              }
            }
          }
        }
        if (!isMax) {
          const share: f32 = <f32>1 / <f32>((y1 - y0) * (x1 - x0));
          for (let ch = 0; ch < c; ch++) store<f32>(out + (<usize>ch << 2), load<f32>(out + (<usize>ch << 2)) * share);
        }
        out += <usize>c << 2;
        winners += <usize>c << 2;
      }
    }
  }
}

/**
 * Max pooling of channels `ch .. ch + 3` over one window (its first element at `first`) by the scalar
 * loop's rule: a larger value, or a NaN, replaces the running maximum unless that is already NaN.
 */
// Inlined: called per window and channel group, twice in poolForward; as a call it measured 18% slower.
@inline function maxWindow4(
  xs: usize, out: usize, winners: usize, w: i32, c: i32, y0: i32, y1: i32, x0: i32, x1: i32, first: i32,
  ch: i32,
): void {
  let best = v128.load(xs + (<usize>(first + ch) << 2));
  let index = i32x4.splat(first + ch);
  for (let iy = y0; iy < y1; iy++) {
    for (let ix = x0; ix < x1; ix++) {
      const base = (iy * w + ix) * c;
      if (base == first) continue;
      const value = v128.load(xs + (<usize>(base + ch) << 2));
      const wins = v128.andnot(f32x4.eq(best, best), f32x4.le(value, best));
      best = v128.bitselect(value, best, wins);
      index = v128.bitselect(i32x4.splat(base + ch), index, wins);
    }
  }
  v128.store(out + (<usize>ch << 2), best);
  v128.store(winners + (<usize>ch << 2), i32x4.add(index, i32x4(0, 1, 2, 3)));
}

/**
 * Max pooling's gradient where the windows tile the input exactly (no padding, stride = window, no rows or
 * columns left over: LeNet's 2x2 pools): each input element is in one window, so it is written once, four
 * channels at a time, with the window's gradient where it won and zero elsewhere; no zeroing pass, no
 * scattered adds. `+0 + value` keeps the scatter's rounding: a -0 gradient lands as +0, as it did there.
 */
function routeTiles(layer: usize, dy: usize, dx: usize, argmax: usize, rows: i32): void {
  const w = word(layer, L_W), c = word(layer, L_C);
  const oh = word(layer, L_OH), ow = word(layer, L_OW), kh = word(layer, L_KH), kw = word(layer, L_KW);
  const inSize = word(layer, L_IN_SIZE), outSize = word(layer, L_OUT_SIZE);
  const zero = f32x4.splat(0), lanes = i32x4(0, 1, 2, 3);
  for (let r = 0; r < rows; r++) {
    const dxs = dx + (<usize>(r * inSize) << 2);
    let out = r * outSize;
    for (let oy = 0; oy < oh; oy++) {
      for (let ox = 0; ox < ow; ox++) {
        // Groups of four channels, the last overlapping the one before when c is not a multiple of four:
        // the shared channels are written twice with the same values.
        for (let group = 0; group < c; group += 4) {
          const ch = min(group, c - 4);
          const g = v128.load(dy + (<usize>(out + ch) << 2));
          const winners = v128.load(argmax + (<usize>(out + ch) << 2));
          for (let iy = oy * kh; iy < oy * kh + kh; iy++) {
            for (let ix = ox * kw; ix < ox * kw + kw; ix++) {
              const at = (iy * w + ix) * c + ch;
              const won = i32x4.eq(winners, i32x4.add(i32x4.splat(at), lanes));
              v128.store(dxs + (<usize>at << 2), f32x4.add(zero, v128.and(g, won)));
            }
          }
        }
        out += c;
      }
    }
  }
}

/** dx = the pooling's gradient of dy (dx is overwritten). */
export function poolBackward(layer: usize, dy: usize, dx: usize, argmax: usize, rows: i32, isMax: bool): void {
  const h = word(layer, L_H), w = word(layer, L_W), c = word(layer, L_C);
  const oh = word(layer, L_OH), ow = word(layer, L_OW), kh = word(layer, L_KH), kw = word(layer, L_KW);
  const sh = word(layer, L_SH), sw = word(layer, L_SW), pt = word(layer, L_PT), pl = word(layer, L_PL);
  const inSize = word(layer, L_IN_SIZE), outSize = word(layer, L_OUT_SIZE);
  if (isMax && tiles(layer)) {
    routeTiles(layer, dy, dx, argmax, rows);
    return;
  }
  memory.fill(dx, 0, <usize>(rows * inSize) << 2);
  for (let r = 0; r < rows; r++) {
    const dxs = dx + (<usize>(r * inSize) << 2);
    let out = r * outSize;
    for (let oy = 0; oy < oh; oy++) {
      const y0 = max(oy * sh - pt, 0), y1 = min(oy * sh - pt + kh, h);
      for (let ox = 0; ox < ow; ox++) {
        const x0 = max(ox * sw - pl, 0), x1 = min(ox * sw - pl + kw, w);
        const share: f32 = <f32>1 / <f32>((y1 - y0) * (x1 - x0));
        for (let ch = 0; ch < c; ch++) {
          const g = load<f32>(dy + (<usize>out << 2));
          if (isMax) {
            const to = dxs + (<usize>load<i32>(argmax + (<usize>out << 2)) << 2);
            store<f32>(to, load<f32>(to) + g);
          } else {
            for (let iy = y0; iy < y1; iy++) {
              for (let ix = x0; ix < x1; ix++) {
                const to = dxs + (<usize>((iy * w + ix) * c + ch) << 2);
                store<f32>(to, load<f32>(to) + g * share);
              }
            }
          }
          out++;
        }
      }
    }
  }
}
