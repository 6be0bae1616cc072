// The arithmetic of one training epoch and the machine's bound for it, so that epoch times can be read as
// GFLOP/s against what 128-bit SIMD allows.
import { readFileSync } from 'node:fs';

/** Multiply-adds of each weighted layer's forward pass per sample (convolutions: oh*ow*oc*kh*kw*c). */
const forwardMacs = {
  lenet5: [24 * 24 * 6 * 5 * 5 * 1, 8 * 8 * 16 * 5 * 5 * 6, 256 * 120, 120 * 84, 84 * 10],
  mlp: [784 * 300, 300 * 10],
};

/**
 * Floating-point operations (2 per multiply-add) of one epoch of `samples`: forward, the weights' gradient
 * and the input's gradient of every layer but the first (nothing consumes the first layer's).
 */
export function epochFlops(model, samples = 60_000) {
  const layers = forwardMacs[model];
  const perSample = layers.reduce((total, macs, index) => total + macs * (index === 0 ? 2 : 3), 0);
  return 2 * perSample * samples;
}

/**
 * The CPU's clock from /proc/cpuinfo (MHz of the first core) and two 128-bit SIMD bounds per core: 4 lanes
 * times one multiply and one add per cycle = 8 FLOP/cycle (issue 15's model), and 16 FLOP/cycle for a core
 * that issues two 128-bit multiplies (or fused multiply-adds) and two adds per cycle, as AMD's Zen cores do:
 * single GEMMs of the engine measure above the first.
 */
export function simdBound() {
  let mhz;
  let cpuModel;
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    mhz = Number(info.match(/^cpu MHz\s*:\s*([\d.]+)/m)?.[1]);
    cpuModel = info.match(/^model name\s*:\s*(.+)$/m)?.[1];
  } catch {
    // No /proc (not Linux): the bound is reported as unknown.
  }
  const perCore = (flopsPerCycle) => (Number.isFinite(mhz) ? (mhz * flopsPerCycle) / 1000 : undefined);
  return { cpuModel, mhz, gflopsPerCore: { oneMulOneAdd: perCore(8), twoMulTwoAdd: perCore(16) } };
}
