/**
 * Pads `text` on the left to `width` characters, as Python's `'{:>{width}}'` does. Width counts code
 * points (as Python's `len`), not UTF-16 units, so names with emoji line up as in scikit-learn's output.
 */
export function alignRight(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - codePointLength(text))) + text;
}

/** Pads `text` on the right to `width` code points. */
export function alignLeft(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - codePointLength(text)));
}

/** The number of code points in `text`, which is what Python's `len` counts. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
