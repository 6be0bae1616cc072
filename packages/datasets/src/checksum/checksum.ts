import type { ChecksumAlgorithm } from './checksum-algorithm';
import { createMd5 } from './md5';
import { nodeHasher } from './node-hasher';

export type { ChecksumAlgorithm } from './checksum-algorithm';

/** A pinned checksum of a file's bytes. */
export interface Checksum {
  /** The algorithm. */
  readonly algorithm: ChecksumAlgorithm;
  /** The digest as lowercase hex. */
  readonly hex: string;
}

/**
 * The checksum of `bytes` as lowercase hex, on any platform: MD5 by `node:crypto` in Node, else by the
 * hand-written {@link createMd5} (WebCrypto has no MD5); SHA-256 by WebCrypto. Use it to pin files for
 * your own mirror (the `files` option of the loaders).
 */
export async function computeChecksum(bytes: Uint8Array, algorithm: ChecksumAlgorithm): Promise<string> {
  if (algorithm === 'md5') {
    const hasher = (await nodeHasher('md5')) ?? createMd5();
    hasher.update(bytes);
    return hasher.digest();
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
