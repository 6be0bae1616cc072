import { IdxFormatError } from '../errors/idx-format-error';
import { IDX_TYPES } from './idx-array';

/** What the first bytes of an IDX file declare. */
export interface IdxHeader {
  readonly type: (typeof IDX_TYPES)[number];
  readonly shape: readonly number[];
  readonly headerLength: number;
  /** Header plus elements: the exact length the whole file must have. */
  readonly totalBytes: number;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');

/**
 * Reads and checks an IDX header (magic number, type code, rank, dimensions) from the first bytes of a file,
 * so that what it asks for can be checked against limits before any data is read or allocated.
 */
export function readIdxHeader(bytes: Uint8Array, source: string): IdxHeader {
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0) {
    throw new IdxFormatError(
      source,
      'magic',
      'magic bytes 00 00 <type> <rank>',
      `first bytes ${hex(bytes.subarray(0, 4))}`,
    );
  }
  const code = bytes[2]!;
  const type = IDX_TYPES.find((candidate) => candidate.code === code);
  if (!type) {
    const codes = IDX_TYPES.map((candidate) => `0x${candidate.code.toString(16).padStart(2, '0')}`).join(
      ', ',
    );
    throw new IdxFormatError(
      source,
      'dtype',
      `a type code in ${codes}`,
      `0x${code.toString(16).padStart(2, '0')}`,
    );
  }
  const rank = bytes[3]!;
  const headerLength = 4 + 4 * rank;
  if (rank === 0) throw new IdxFormatError(source, 'rank', 'rank 1 or more', 'rank 0');
  if (bytes.length < headerLength) {
    throw new IdxFormatError(
      source,
      'length',
      `a ${headerLength}-byte header for rank ${rank}`,
      `${bytes.length} bytes`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shape = Array.from({ length: rank }, (_, axis) => view.getUint32(4 + 4 * axis));
  const elements = shape.reduce((product, dim) => product * dim, 1);
  return { type, shape, headerLength, totalBytes: headerLength + elements * type.bytes };
}
