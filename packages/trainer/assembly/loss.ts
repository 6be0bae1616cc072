// The output activation and the loss together. With softmax + categorical cross-entropy (or sigmoid +
// binary cross-entropy) the gradient with respect to the pre-activation is (p * sum(t) - t) / n, so the
// output's own derivative is never formed. The loss value follows Keras: probabilities renormalised and
// clipped to [1e-7, 1 - 1e-7] before the log.

const EPSILON: f32 = 1e-7;

function clip(p: f32): f32 {
  return p != p ? p : min(max(p, EPSILON), 1 - EPSILON);
}

/**
 * Turns `rows x units` logits in `z` into probabilities, writes the logits' gradient (divided by `n`, the
 * whole batch) into `g`, and returns the summed loss; the number of correct predictions goes to `correct`.
 */
export function softmaxCrossEntropy(
  z: usize, t: usize, g: usize, rows: i32, units: i32, n: i32, correct: usize,
): f32 {
  let total: f32 = 0;
  let hits: f32 = 0;
  for (let r = 0; r < rows; r++) {
    const p = z + (<usize>(r * units) << 2), target = t + (<usize>(r * units) << 2);
    const grad = g + (<usize>(r * units) << 2);
    let top = load<f32>(p);
    for (let u = 1; u < units; u++) top = max(top, load<f32>(p + (<usize>u << 2)));
    let sum: f32 = 0;
    for (let u = 0; u < units; u++) {
      const e = Mathf.exp(load<f32>(p + (<usize>u << 2)) - top);
      store<f32>(p + (<usize>u << 2), e);
      sum += e;
    }
    let mass: f32 = 0, rowLoss: f32 = 0, renorm: f32 = 0;
    let best = 0, bestTarget = 0;
    for (let u = 0; u < units; u++) {
      const probability = load<f32>(p + (<usize>u << 2)) / sum;
      store<f32>(p + (<usize>u << 2), probability);
      renorm += probability;
      mass += load<f32>(target + (<usize>u << 2));
      if (probability > load<f32>(p + (<usize>best << 2)) || u == 0) best = u;
      if (load<f32>(target + (<usize>u << 2)) > load<f32>(target + (<usize>bestTarget << 2))) bestTarget = u;
    }
    for (let u = 0; u < units; u++) {
      const probability = load<f32>(p + (<usize>u << 2));
      const expected = load<f32>(target + (<usize>u << 2));
      if (expected != 0) rowLoss -= expected * Mathf.log(clip(probability / renorm));
      store<f32>(grad + (<usize>u << 2), (probability * mass - expected) / <f32>n);
    }
    total += rowLoss;
    if (best == bestTarget) hits += 1;
  }
  store<f32>(correct, hits);
  return total;
}

/** The same for sigmoid units and binary cross-entropy (mean over units; accuracy at threshold 0.5). */
export function sigmoidBinaryCrossEntropy(
  z: usize, t: usize, g: usize, rows: i32, units: i32, n: i32, correct: usize,
): f32 {
  let total: f32 = 0;
  let hits: f32 = 0;
  const count = <f32>(n * units);
  for (let i = 0; i < rows * units; i++) {
    const offset = <usize>i << 2;
    const p: f32 = <f32>1 / (<f32>1 + Mathf.exp(-load<f32>(z + offset)));
    store<f32>(z + offset, p);
    const expected = load<f32>(t + offset);
    const q = clip(p);
    total -= (expected * Mathf.log(q + EPSILON) + (1 - expected) * Mathf.log(1 - q + EPSILON)) / <f32>units;
    store<f32>(g + offset, (p - expected) / count);
    if (p > 0.5 == expected > 0.5) hits += 1 / <f32>units;
  }
  store<f32>(correct, hits);
  return total;
}
