import { fileURLToPath } from 'node:url';
import { defineLoader } from 'vitepress';
import type { LabResult } from '../../../src/results/lab-result';
import { readLabResults } from '../../../src/results/read-lab-results';

/** Every committed lab run (results/<lab>/), read at build time; the pages render it as static HTML. */
declare const data: Record<string, LabResult>;

export { data };

export default defineLoader({
  watch: ['../../../results/*/*.json'],
  load: () => readLabResults(fileURLToPath(new URL('../../../results', import.meta.url))),
});
