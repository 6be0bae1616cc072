import { IdxFormatError } from '../errors/idx-format-error';
import type { IdxArray } from './idx-array';
import { readIdxHeader } from './idx-header';

/**
 * Parses uncompressed IDX bytes, validating the magic number, type code, rank and that the byte length is exactly
 * header + elements. One-byte data is a view into `bytes` (no copy); wider types are decoded from big-endian.
 */
export function decodeIdx(bytes: Uint8Array, source = 'bytes'): IdxArray {
  const { type, shape, headerLength, totalBytes } = readIdxHeader(bytes, source);
  if (bytes.length !== totalBytes) {
    throw new IdxFormatError(
      source,
      'length',
      `${totalBytes} bytes for ${type.dtype} shape [${shape.join(', ')}]`,
      `${bytes.length} bytes`,
    );
  }
  const length = (totalBytes - headerLength) / type.bytes;
  const offset = bytes.byteOffset + headerLength;
  if (type.dtype === 'uint8')
    return { dtype: 'uint8', shape, data: new Uint8Array(bytes.buffer, offset, length) };
  if (type.dtype === 'int8')
    return { dtype: 'int8', shape, data: new Int8Array(bytes.buffer, offset, length) };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data = type.create(length);
  for (let i = 0; i < length; i++) data[i] = type.read(view, headerLength + i * type.bytes);
  return { dtype: type.dtype, shape, data } as IdxArray;
}
