import { version } from '../../package.json';

/** How saved models name their producer. */
export const generatedBy = `@digitlab/models ${version}`;
