import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs-core';

// This file sits one level below the package root both as src/package-info.ts and bundled into dist/.
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The version of @digitlab/cli. */
export const cliVersion: string = packageJson.version;

const require = createRequire(import.meta.url);

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
