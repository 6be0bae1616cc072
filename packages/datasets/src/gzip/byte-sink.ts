/** Collects decompressed chunks into one buffer, preallocated to the expected size so that no chunk list is kept. */
export interface ByteSink {
  append(chunk: Uint8Array): void;
  /** Bytes collected so far. */
  readonly length: number;
  /** The bytes collected; no copy when the expected size was exact. */
  result(): Uint8Array;
}

export function createByteSink(expectedSize: number): ByteSink {
  let bytes = allocate(Math.max(expectedSize, 1024));
  let length = 0;
  return {
    append(chunk) {
      if (length + chunk.length > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, length + chunk.length));
        grown.set(bytes.subarray(0, length));
        bytes = grown;
      }
      bytes.set(chunk, length);
      length += chunk.length;
    },
    get length() {
      return length;
    },
    result: () => (length === bytes.length ? bytes : bytes.slice(0, length)),
  };
}

// A damaged gzip trailer can claim gigabytes; start small instead of failing on the allocation.
function allocate(size: number): Uint8Array {
  try {
    return new Uint8Array(size);
  } catch {
    return new Uint8Array(1 << 20);
  }
}
