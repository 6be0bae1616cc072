// The benchmark's accuracy check: the fused engine's first-epoch loss against tfjs ops' on wasm, over
// several seeds. One seed's epoch loss is one draw of float rounding's noise (any two float32
// implementations agree for the first 20-odd steps, then drift apart: `pnpm bench:parity`), and a single
// draw can land past 1e-3 with no change in what is computed: tfjs ops moves itself by up to 1.6e-3 when one
// of its weights is moved by 1 ulp (`bench:parity --nudge`). The mean over seeds shrinks that noise, while a
// real change in accuracy (a wrong gradient, a skipped update) shifts every seed the same way. So a
// configuration passes when its mean loss over the seeds is within 1e-3 of tfjs ops' mean over the same
// seeds; every seed's own difference is reported beside it.
import { runSide } from './run-side.mjs';

/** The bound on the difference of the seeds' mean first-epoch losses. */
export const lossBound = 1e-3;

/**
 * Runs seeds 2..`seedCount` of every fused side and tfjs ops side once (seed 1 ran in the timed rounds,
 * whose fastest run is `seedOne(side)`), and returns `{ seeds, sides }`: each side with its loss per seed
 * and the extra runs.
 */
export function runLossSeeds({ fusedSides, opsSides, seedCount, seedOne, log }) {
  const seeds = Array.from({ length: seedCount }, (_, index) => index + 1);
  const sides = [...fusedSides, ...opsSides].map((side) => {
    const runs = seeds.slice(1).map((seed) => {
      const run = runSide({ ...side, seed });
      log(
        `loss check, seed ${seed}, ${side.model} ${side.engine ?? 'fused'} ${side.version ?? ''} x${side.threads}: ${run.error ?? run.loss.toFixed(5)}`,
      );
      return run;
    });
    return {
      model: side.model,
      engine: side.engine ?? 'fused',
      node: side.node,
      version: side.version,
      threads: side.threads,
      losses: [seedOne(side)?.loss, ...runs.map((run) => run.loss)],
      runs,
    };
  });
  return { seeds, sides };
}

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Per model: tfjs ops' loss per seed and mean, each fused configuration's mean difference and worst
 * single-seed difference, and whether every configuration's mean is within {@link lossBound}. Results
 * written before the seeds were added (no `lossCheck`) are checked on seed 1 alone.
 */
export function lossChecks(results) {
  const check = results.lossCheck ?? {
    seeds: [1],
    sides: [
      ...Object.entries(results.tfjsOps).map(([model, run]) => ({
        model,
        engine: 'tfjs',
        losses: [run?.loss],
      })),
      ...results.sides
        .filter((side) => side.kind === 'digitlab')
        .map((side) => ({ ...side, engine: 'fused', losses: [side.best?.loss] })),
    ],
  };
  return [...new Set(check.sides.map((side) => side.model))].map((model) => {
    const reference = check.sides.find((side) => side.model === model && side.engine === 'tfjs');
    const configurations = check.sides
      .filter((side) => side.model === model && side.engine === 'fused')
      .map((side) => {
        const differences = side.losses.map((loss, index) => loss - reference.losses[index]);
        const complete = differences.every(Number.isFinite);
        return {
          version: side.version,
          threads: side.threads,
          meanDifference: complete ? mean(differences) : Number.NaN,
          worstSeedDifference: Math.max(...differences.map(Math.abs)),
        };
      });
    return {
      model,
      seeds: check.seeds,
      tfjsLosses: reference.losses,
      tfjsMean: mean(reference.losses),
      configurations,
      // NaN (a failed or non-finite run) fails the comparison, as it should.
      ok: configurations.every((entry) => Math.abs(entry.meanDifference) <= lossBound),
    };
  });
}
