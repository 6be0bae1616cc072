/**
 * `History.engine` for a run: `'fused x<threads>'` on the fused engine, `'tfjs'` on tfjs ops
 * (`threads` undefined).
 */
export function engineName(threads: number | undefined): string {
  return threads === undefined ? 'tfjs' : `fused x${threads}`;
}

/** The fused engine's thread count in a `History.engine` such as `'fused x2'`; undefined for tfjs ops. */
export function fusedThreads(engine: string | undefined): number | undefined {
  const threads = /^fused x(\d+)$/.exec(engine ?? '')?.[1];
  return threads === undefined ? undefined : Number(threads);
}
