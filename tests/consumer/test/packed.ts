import { inject } from 'vitest';
import { ConsumerTestsError } from '../src/errors/consumer-tests-error';
import type { PackedPackage } from '../src/pack-packages';

/** The tarball of one covered package, packed by the global setup. */
export function packedPackage(name: string): PackedPackage {
  const packed = inject('packed').find((candidate) => candidate.name === name);
  if (!packed) {
    throw new ConsumerTestsError(
      `${name} was not packed; list it in tests/consumer's devDependencies as "workspace:*". ` +
        `Received: packed=${inject('packed')
          .map((candidate) => candidate.name)
          .join(', ')}`,
    );
  }
  return packed;
}
