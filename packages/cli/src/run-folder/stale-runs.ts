import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { lockHolder } from './run-claim';

/** What a killed run left beside its run folder. */
export interface StaleRun {
  /** The hidden folder left behind. */
  readonly path: string;
  /** The run folder it belongs to. */
  readonly folder: string;
  /** `'interrupted'`: a staging folder whose run can be resumed; `'partial'`: half a run folder written when killed. */
  readonly kind: 'interrupted' | 'partial';
}

/**
 * The staging folders of dead runs and the half-written folders of killed writes in `parent` (the folder that
 * holds run folders), so they can be reported rather than pile up unseen. Staging folders with a live lock are
 * another run's, and are left out.
 */
export async function findStaleRuns(parent: string): Promise<StaleRun[]> {
  const names = await readdir(parent).catch(() => [] as string[]);
  const stale: StaleRun[] = [];
  for (const name of names) {
    const staging = /^\.(.+)\.staging$/.exec(name);
    if (staging && (await lockHolder(join(parent, name))) === undefined) {
      stale.push({ path: join(parent, name), folder: join(parent, staging[1]!), kind: 'interrupted' });
    }
    const partial = /^\.(.+)\.partial-\w+$/.exec(name);
    if (partial) stale.push({ path: join(parent, name), folder: join(parent, partial[1]!), kind: 'partial' });
  }
  return stale;
}
