import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs-core';

const require = createRequire(import.meta.url);

// package.json is found by the package's own name (its `exports` lists ./package.json), which resolves
// the same from src/about/ under the tests and from the bundle in dist/.
/** The version of @digitlab/cli. */
export const cliVersion: string = (require('@digitlab/cli/package.json') as { version: string }).version;

/** The versions a run was made with, for metrics.json: Node, the digitlab packages and tfjs-core. */
export function runtimeVersions(): Record<string, string> {
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return {
    node: process.versions.node,
    '@digitlab/cli': cliVersion,
    '@digitlab/datasets': version('@digitlab/datasets'),
    '@digitlab/models': version('@digitlab/models'),
    '@digitlab/trainer': version('@digitlab/trainer'),
    '@digitlab/metrics': version('@digitlab/metrics'),
    '@tensorflow/tfjs-core': tf.version_core,
  };
}
