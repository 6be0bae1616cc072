import type { ImageDataset } from '../image-dataset';
import { DIGITS_BASE64, DIGITS_COUNT } from './digits.generated';

const CLASS_NAMES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

let decoded: Uint8Array | undefined;

function decode(): Uint8Array {
  if (!decoded) {
    const text = atob(DIGITS_BASE64);
    decoded = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) decoded[i] = text.charCodeAt(i);
  }
  return decoded;
}

/**
 * scikit-learn's 8x8 handwritten digits (`load_digits`): 1,797 grey-scale images with values 0..16 in 10
 * classes, embedded in the package so it works offline and in browsers. Decoded once on first use; each call
 * returns fresh arrays, so changing them does not affect later calls. Source: the UCI "Optical Recognition of
 * Handwritten Digits" data set, E. Alpaydin and C. Kaynak, CC BY 4.0.
 */
export function loadDigits(): ImageDataset {
  const bytes = decode();
  const pixels = DIGITS_COUNT * 64;
  return {
    images: bytes.slice(0, pixels),
    labels: bytes.slice(pixels),
    count: DIGITS_COUNT,
    height: 8,
    width: 8,
    channels: 1,
    maxValue: 16,
    numClasses: 10,
    classNames: CLASS_NAMES,
  };
}
