import { InvalidOptionError } from '../errors/invalid-option-error';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { IDX_TYPES, type IdxArray, type IdxTypedArray } from './idx-array';

/** Options of {@link writeIdx}. */
export interface WriteIdxOptions {
  /** Gzip the result, as the MNIST files are distributed. @default false */
  gzip?: boolean;
}

const writeIdxOptionKeys: OptionKeys<WriteIdxOptions> = { gzip: true };

/**
 * Encodes an array as an IDX file; the type follows the typed array (`Uint8Array` → 0x08, `Float32Array` → 0x0D,
 * ...). Throws {@link InvalidOptionError} when the shape does not hold exactly `data.length` elements.
 */
export async function writeIdx(
  array: { readonly shape: readonly number[]; readonly data: IdxTypedArray } | IdxArray,
  options: WriteIdxOptions = {},
): Promise<Uint8Array> {
  checkOptionKeys('writeIdx', options, writeIdxOptionKeys);
  const { gzip = false } = options;
  const { shape, data } = array;
  const type = IDX_TYPES.find((candidate) => data instanceof candidate.create(0).constructor)!;
  const length = shape.reduce((product, dim) => product * dim, 1);
  const validDims = shape.every((dim) => Number.isInteger(dim) && dim >= 0 && dim < 2 ** 32);
  if (shape.length === 0 || shape.length > 255 || !validDims || length !== data.length) {
    throw new InvalidOptionError(
      'writeIdx',
      'shape',
      `must have 1 to 255 dimensions whose product is data.length (${data.length})`,
      `[${shape.join(', ')}]`,
    );
  }
  const headerLength = 4 + 4 * shape.length;
  const bytes = new Uint8Array(headerLength + length * type.bytes);
  const view = new DataView(bytes.buffer);
  view.setUint8(2, type.code);
  view.setUint8(3, shape.length);
  for (const [axis, dim] of shape.entries()) view.setUint32(4 + 4 * axis, dim);
  if (type.bytes === 1) bytes.set(new Uint8Array(data.buffer, data.byteOffset, length), headerLength);
  else for (let i = 0; i < length; i++) type.write(view, headerLength + i * type.bytes, data[i]!);
  return gzip ? compress(bytes) : bytes;
}

async function compress(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
