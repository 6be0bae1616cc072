/**
 * The width and height a PNG declares in its IHDR chunk (bytes 16 to 23, big-endian), read without decoding,
 * so an image too large to decode is refused before its pixels are allocated; undefined when the header is cut.
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 24);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
