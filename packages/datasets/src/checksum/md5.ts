/**
 * MD5 (RFC 1321), written here because WebCrypto has no MD5 and the upstream MNIST and Fashion-MNIST
 * checksums are MD5: the fallback where `node:crypto` is missing (browsers). It verifies downloads against
 * accidental damage; it is not a defence against tampering.
 */
export interface Md5 {
  /** Feeds more bytes. */
  update(bytes: Uint8Array): void;
  /** Finishes and returns the digest as 32 lowercase hex characters. The hasher cannot be reused. */
  digest(): string;
}

const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const SINES = /* @__PURE__ */ Int32Array.from(
  { length: 64 },
  (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0,
);

function compress(state: Int32Array, block: Uint8Array, offset: number, words: Int32Array): void {
  for (let i = 0; i < 16; i++) {
    const at = offset + i * 4;
    words[i] = block[at]! | (block[at + 1]! << 8) | (block[at + 2]! << 16) | (block[at + 3]! << 24);
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  for (let i = 0; i < 64; i++) {
    let f: number;
    let g: number;
    const round = i >> 4;
    if (round === 0) {
      f = (b & c) | (~b & d);
      g = i;
    } else if (round === 1) {
      f = (d & b) | (~d & c);
      g = (5 * i + 1) & 15;
    } else if (round === 2) {
      f = b ^ c ^ d;
      g = (3 * i + 5) & 15;
    } else {
      f = c ^ (b | ~d);
      g = (7 * i) & 15;
    }
    const shift = SHIFTS[(round << 2) | (i & 3)]!;
    const sum = (a + f + SINES[i]! + words[g]!) | 0;
    a = d;
    d = c;
    c = b;
    b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
}

/** Creates an incremental MD5 hasher. */
export function createMd5(): Md5 {
  const state = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
  const words = new Int32Array(16);
  const pending = new Uint8Array(64);
  let pendingLength = 0;
  let totalLength = 0;
  const update = (bytes: Uint8Array): void => {
    totalLength += bytes.length;
    let offset = 0;
    if (pendingLength > 0) {
      const take = Math.min(64 - pendingLength, bytes.length);
      pending.set(bytes.subarray(0, take), pendingLength);
      pendingLength += take;
      offset = take;
      if (pendingLength < 64) return;
      compress(state, pending, 0, words);
      pendingLength = 0;
    }
    for (; offset + 64 <= bytes.length; offset += 64) compress(state, bytes, offset, words);
    pending.set(bytes.subarray(offset), 0);
    pendingLength = bytes.length - offset;
  };
  return {
    update,
    digest() {
      const bitLength = totalLength * 8;
      const padding = new Uint8Array((pendingLength < 56 ? 56 : 120) - pendingLength + 8);
      padding[0] = 0x80;
      const view = new DataView(padding.buffer);
      view.setUint32(padding.length - 8, bitLength >>> 0, true);
      view.setUint32(padding.length - 4, Math.floor(bitLength / 2 ** 32), true);
      update(padding);
      let hex = '';
      for (let i = 0; i < 16; i++)
        hex += ((state[i >> 2]! >>> ((i & 3) * 8)) & 0xff).toString(16).padStart(2, '0');
      return hex;
    },
  };
}

/** The MD5 digest of `bytes` as 32 lowercase hex characters. */
export function md5(bytes: Uint8Array): string {
  const hasher = createMd5();
  hasher.update(bytes);
  return hasher.digest();
}
