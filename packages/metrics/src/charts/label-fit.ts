/** Vega's default axis label size, in pixels. */
const axisLabelFontSize = 10;
/**
 * Width of one character as a share of the font size: DejaVu Sans (what Linux browsers and resvg fall
 * back to for `sans-serif`) averages about 0.6 em on class names; a little more keeps the estimate safe.
 */
const characterWidth = 0.65;
/** Longest label shown whole, in pixels; longer ones end in an ellipsis (the tooltip keeps the name). */
export const labelLimit = 120;

/** Estimated width in pixels of one line of text at `fontSize` (vega measures nothing in Node). */
export function textWidth(text: string, fontSize = axisLabelFontSize): number {
  return Math.ceil(text.length * fontSize * characterWidth);
}

/**
 * Axis properties that keep the category labels of a band axis apart: horizontal when every name fits in
 * its band, else turned vertical (a rotated label is only a line high across the axis), and cut with an
 * ellipsis beyond {@link labelLimit}.
 */
export function bandLabelAxis(names: readonly string[], band: number): Record<string, unknown> {
  const widest = Math.max(0, ...names.map((name) => textWidth(name)));
  return { labelAngle: widest + 4 <= band ? 0 : -90, labelLimit, labelOverlap: false };
}

/**
 * Breaks a line at spaces into lines of at most `maxWidth` pixels (a single word longer than that stays
 * whole): long class names wrap under an image instead of widening the whole grid.
 */
export function wrapText(line: string, maxWidth: number, fontSize = axisLabelFontSize): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  lines.push(current);
  return lines;
}
