import { gunzip, isGzip } from '../gzip/gunzip';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { decodeIdx } from './decode-idx';
import type { IdxArray } from './idx-array';

/** Options of {@link readIdx}. */
export interface ReadIdxOptions {
  /** Name of the data's origin, used in error messages. @default 'bytes' */
  source?: string;
  /**
   * The most bytes gzipped input may decompress to (see `SizeLimitError`).
   * @default 268435456 (256 MiB)
   */
  maxBytes?: number;
}

const readIdxOptionKeys: OptionKeys<ReadIdxOptions> = { source: true, maxBytes: true };

/**
 * Reads an IDX file's bytes, gzipped or not (gzip is recognised by its magic bytes 1f 8b), in Node or a browser.
 * Throws {@link CorruptGzipError} for damaged gzip data, {@link SizeLimitError} when it inflates past `maxBytes`,
 * and {@link IdxFormatError} for a bad magic number, type code, rank, or a byte length that does not match the
 * dimensions. For one-byte types `data` is a view of the (decompressed) bytes, not a copy.
 */
export async function readIdx(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadIdxOptions = {},
): Promise<IdxArray> {
  checkOptionKeys('readIdx', options, readIdxOptionKeys);
  const { source = 'bytes', maxBytes } = options;
  const input = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const gunzipOptions = maxBytes === undefined ? { source } : { source, maxBytes };
  return decodeIdx(isGzip(input) ? await gunzip(input, gunzipOptions) : input, source);
}
