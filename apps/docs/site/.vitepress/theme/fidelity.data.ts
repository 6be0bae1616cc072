import { fileURLToPath } from 'node:url';
import { labs } from '@digitlab/cli';
import { defineLoader } from 'vitepress';
import { type FidelityRow, fidelityRows } from '../../../src/results/fidelity-rows';
import { readLabResults } from '../../../src/results/read-lab-results';

/** One row per seed figure, from the labs' metadata and the committed runs, computed at build time. */
declare const data: FidelityRow[];

export { data };

export default defineLoader({
  watch: ['../../../results/**/*.json'],
  load: () => fidelityRows(labs, readLabResults(fileURLToPath(new URL('../../../results', import.meta.url)))),
});
