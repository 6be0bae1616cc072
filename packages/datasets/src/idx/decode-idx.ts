import { IdxFormatError } from '../errors/idx-format-error';
import { IDX_TYPES, type IdxArray } from './idx-array';

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');

/**
 * Parses uncompressed IDX bytes, validating the magic number, type code, rank and that the byte length is exactly
 * header + elements. One-byte data is a view into `bytes` (no copy); wider types are decoded from big-endian.
 */
export function decodeIdx(bytes: Uint8Array, source = 'bytes'): IdxArray {
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
  const length = shape.reduce((product, dim) => product * dim, 1);
  const expectedBytes = headerLength + length * type.bytes;
  if (bytes.length !== expectedBytes) {
    throw new IdxFormatError(
      source,
      'length',
      `${expectedBytes} bytes for ${type.dtype} shape [${shape.join(', ')}]`,
      `${bytes.length} bytes`,
    );
  }
  const offset = bytes.byteOffset + headerLength;
  if (type.dtype === 'uint8')
    return { dtype: 'uint8', shape, data: new Uint8Array(bytes.buffer, offset, length) };
  if (type.dtype === 'int8')
    return { dtype: 'int8', shape, data: new Int8Array(bytes.buffer, offset, length) };
  const data = type.create(length);
  for (let i = 0; i < length; i++) data[i] = type.read(view, headerLength + i * type.bytes);
  return { dtype: type.dtype, shape, data } as IdxArray;
}
