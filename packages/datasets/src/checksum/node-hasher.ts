import { nodeModule } from '../platform/node-module';
import type { ChecksumAlgorithm } from './checksum-algorithm';
import type { Md5 } from './md5';

/**
 * An incremental hasher from `node:crypto` (OpenSSL, several times faster than the hand-written MD5),
 * or undefined outside Node and where OpenSSL refuses the algorithm (MD5 under FIPS): callers then fall
 * back to {@link createMd5}.
 */
export async function nodeHasher(algorithm: ChecksumAlgorithm): Promise<Md5 | undefined> {
  if (typeof process === 'undefined' || process.versions?.node === undefined) return undefined;
  const { createHash } = nodeModule('node:crypto');
  let hash: ReturnType<typeof createHash>;
  try {
    hash = createHash(algorithm);
  } catch {
    return undefined;
  }
  return { update: (bytes) => void hash.update(bytes), digest: () => hash.digest('hex') };
}
