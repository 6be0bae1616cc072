interface IdxTypedArrays {
  uint8: Uint8Array;
  int8: Int8Array;
  int16: Int16Array;
  int32: Int32Array;
  float32: Float32Array;
  float64: Float64Array;
}

/** The element types of the IDX format. */
export type IdxDataType = keyof IdxTypedArrays;

/** The typed array that holds the elements of an {@link IdxArray}. */
export type IdxTypedArray = IdxTypedArrays[IdxDataType];

/**
 * An n-dimensional array read from, or to be written to, an IDX file: `data` holds the elements in row-major
 * order, `shape` the dimensions (e.g. `[60000, 28, 28]`). Narrow on `dtype` to get the typed array's type.
 */
export type IdxArray = {
  [K in IdxDataType]: {
    readonly dtype: K;
    readonly shape: readonly number[];
    readonly data: IdxTypedArrays[K];
  };
}[IdxDataType];

interface IdxTypeInfo {
  readonly dtype: IdxDataType;
  readonly code: number;
  readonly bytes: number;
  readonly read: (view: DataView, offset: number) => number;
  readonly write: (view: DataView, offset: number, value: number) => void;
  readonly create: (length: number) => IdxTypedArray;
}

/** The IDX type codes (byte 3 of the magic number); multi-byte elements are big-endian. */
export const IDX_TYPES: readonly IdxTypeInfo[] = [
  {
    dtype: 'uint8',
    code: 0x08,
    bytes: 1,
    read: (v, o) => v.getUint8(o),
    write: (v, o, x) => v.setUint8(o, x),
    create: (n) => new Uint8Array(n),
  },
  {
    dtype: 'int8',
    code: 0x09,
    bytes: 1,
    read: (v, o) => v.getInt8(o),
    write: (v, o, x) => v.setInt8(o, x),
    create: (n) => new Int8Array(n),
  },
  {
    dtype: 'int16',
    code: 0x0b,
    bytes: 2,
    read: (v, o) => v.getInt16(o),
    write: (v, o, x) => v.setInt16(o, x),
    create: (n) => new Int16Array(n),
  },
  {
    dtype: 'int32',
    code: 0x0c,
    bytes: 4,
    read: (v, o) => v.getInt32(o),
    write: (v, o, x) => v.setInt32(o, x),
    create: (n) => new Int32Array(n),
  },
  {
    dtype: 'float32',
    code: 0x0d,
    bytes: 4,
    read: (v, o) => v.getFloat32(o),
    write: (v, o, x) => v.setFloat32(o, x),
    create: (n) => new Float32Array(n),
  },
  {
    dtype: 'float64',
    code: 0x0e,
    bytes: 8,
    read: (v, o) => v.getFloat64(o),
    write: (v, o, x) => v.setFloat64(o, x),
    create: (n) => new Float64Array(n),
  },
];
