const float64 = new Float64Array(1);
const bits = new BigUint64Array(float64.buffer);

/**
 * Formats `value` with `digits` decimals exactly as Python's `'{:.{digits}f}'.format(value)`: the exact
 * binary value rounded half-to-even. `Number#toFixed` differs on exact ties — (0.125).toFixed(2) is
 * '0.13' where Python writes '0.12' — and scikit-learn's report text is written by Python.
 */
export function formatFixed(value: number, digits: number): string {
  if (Number.isNaN(value)) return 'nan';
  const negative = value < 0 || Object.is(value, -0);
  if (!Number.isFinite(value)) return negative ? '-inf' : 'inf';
  const { mantissa, exponent } = decompose(Math.abs(value));
  const scale = 10n ** BigInt(digits);
  let scaled: bigint;
  if (exponent >= 0) {
    scaled = (mantissa << BigInt(exponent)) * scale;
  } else {
    const numerator = mantissa * scale;
    const denominator = 1n << BigInt(-exponent);
    scaled = numerator / denominator;
    const twiceRemainder = (numerator % denominator) * 2n;
    if (twiceRemainder > denominator || (twiceRemainder === denominator && scaled % 2n === 1n)) scaled += 1n;
  }
  const text = scaled.toString().padStart(digits + 1, '0');
  const integerPart = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${integerPart}${fraction}`;
}

/** Splits a finite non-negative double into an integer mantissa and a power of two: value = m · 2^e. */
function decompose(value: number): { mantissa: bigint; exponent: number } {
  float64[0] = value;
  const raw = bits[0]!;
  const biased = Number((raw >> 52n) & 0x7ffn);
  const fraction = raw & ((1n << 52n) - 1n);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}
