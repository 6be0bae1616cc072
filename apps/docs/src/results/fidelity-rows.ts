import { describeLabData, formatLikeSeed, formatSeedFigure, type Lab } from '@digitlab/cli';
import { formatEngine } from '@digitlab/trainer';
import type { LabResult } from './lab-result';

/** One row of the fidelity page: a seed figure beside what the committed run of its lab gives. */
export interface FidelityRow {
  /** The lab, or the lab and run for a study: `optimizer-study-adam`. */
  readonly lab: string;
  /** The seed's figure as it printed it, e.g. `error 1.38%`. */
  readonly seedFigure: string;
  /** The seed notebook's number, e.g. `004`. */
  readonly seed: string;
  /** The committed run's figure in the same terms; undefined: no committed run. */
  readonly figure: string | undefined;
  /** Whether the committed run's model has the seed's parameter count. */
  readonly paramsEqual: boolean | undefined;
  readonly params: number | undefined;
  /** Data set and split the committed run used. */
  readonly data: string | undefined;
  /** Set when the run used a stand-in (Fashion-MNIST for MNIST). */
  readonly standIn: boolean;
  /** Backend and engine, e.g. `wasm, fused x2`. */
  readonly engine: string | undefined;
  readonly trainingSeconds: number | undefined;
  /** How the seed's run differs from what the lab repeats. */
  readonly note: string | undefined;
}

/** One row per seed figure of every lab, from the committed runs in `results` (keyed by folder or run name). */
export function fidelityRows(
  labs: readonly Lab[],
  results: Readonly<Record<string, LabResult>>,
): FidelityRow[] {
  return labs.flatMap((lab) =>
    lab.seedFigures.map((seedFigure) => {
      const key = seedFigure.run === undefined ? lab.name : `${lab.name}-${seedFigure.run}`;
      const result = results[key];
      const common = {
        lab: key,
        seedFigure: formatSeedFigure(seedFigure),
        seed: seedFigure.seed.slice(0, 3),
        note: seedFigure.note,
      };
      if (result === undefined) {
        return {
          ...common,
          figure: undefined,
          paramsEqual: undefined,
          params: undefined,
          data: undefined,
          standIn: false,
          engine: undefined,
          trainingSeconds: undefined,
        };
      }
      const { metrics } = result;
      const dataset = metrics.dataset.name as Lab['dataset'];
      const data = describeLabData(
        { ...lab, dataset, pooled: metrics.settings.pooled === true },
        metrics.dataset,
      );
      return {
        ...common,
        figure: formatLikeSeed(seedFigure, metrics.accuracy),
        paramsEqual: metrics.model.params === seedFigure.params,
        params: metrics.model.params,
        data,
        standIn: dataset !== lab.dataset,
        engine: `${metrics.backend}${result.engine === undefined ? '' : `, ${formatEngine(result.engine)}`}`,
        trainingSeconds: metrics.timing.trainingSeconds,
      };
    }),
  );
}
