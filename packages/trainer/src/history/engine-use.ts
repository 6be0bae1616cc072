/**
 * How `fit` may compute batches, the names `FitOptions.engine` and the CLI's `--engine` accept: `'auto'`
 * picks one of the others.
 */
export const fitEngines = ['auto', 'fused', 'tfjs'] as const;

/** How `fit` computes batches: see `FitOptions.engine`. */
export type FitEngine = (typeof fitEngines)[number];

/** The engine that computed a run's batches: digitlab's fused WebAssembly engine or tfjs ops. */
export type EngineName = Exclude<FitEngine, 'auto'>;

/** Which engine trained a run and on how many threads, as `History` and the CLI's metrics.json report it. */
export interface EngineUse {
  /** What computed the batches: `'fused'` (digitlab's WebAssembly engine) or `'tfjs'` (tfjs ops). */
  readonly engine: EngineName;
  /**
   * The threads the engine ran each step on: the fused engine's thread count; 1 for tfjs ops, which run on
   * the calling thread (a backend may still spread one op over its own threads).
   */
  readonly threads: number;
}

/**
 * Reads the engine of a saved run (history.json or metrics.json, parsed): the fields `engine` and
 * `threads`, or the single string earlier versions recorded in `engine` (`'fused x2'`, `'tfjs'`).
 * Undefined when the run did not record its engine (runs from before the engine existed) or the value is
 * not one of those forms.
 */
export function readEngineUse(saved: {
  readonly engine?: unknown;
  readonly threads?: unknown;
}): EngineUse | undefined {
  const { engine, threads } = saved;
  if ((engine === 'fused' || engine === 'tfjs') && Number.isInteger(threads) && (threads as number) >= 1) {
    return { engine, threads: threads as number };
  }
  if (engine === 'tfjs' && threads === undefined) return { engine, threads: 1 };
  // The legacy form: one string, the threads after an 'x'.
  const legacy = typeof engine === 'string' ? /^fused x([1-9]\d*)$/.exec(engine) : null;
  return legacy === null ? undefined : { engine: 'fused', threads: Number(legacy[1]) };
}

/**
 * A short label for tables: `'fused x2'` (the fused engine on 2 threads) or `'tfjs'`. For display only:
 * programs read `engine` and `threads`.
 */
export function formatEngine({ engine, threads }: EngineUse): string {
  return engine === 'fused' ? `fused x${threads}` : engine;
}
