/** A stroke: points the pen passes through, as fractions of the canvas' width and height. */
export type Stroke = readonly (readonly [number, number])[];

const curve = (steps: number, point: (t: number) => readonly [number, number]): Stroke =>
  Array.from({ length: steps + 1 }, (_, i) => point(i / steps));

/**
 * Plain strokes for each digit, drawn large and centred the way the page asks, as a person would with a
 * mouse: one stroke, or two where people lift the pen (4). Index = the digit.
 */
export const digitStrokes: readonly (readonly Stroke[])[] = [
  [curve(32, (t) => [0.5 + 0.22 * Math.sin(2 * Math.PI * t), 0.5 - 0.34 * Math.cos(2 * Math.PI * t)])],
  [
    [
      [0.5, 0.15],
      [0.5, 0.85],
    ],
  ],
  [
    [
      [0.3, 0.3],
      [0.38, 0.19],
      [0.5, 0.15],
      [0.62, 0.19],
      [0.69, 0.3],
      [0.65, 0.45],
      [0.3, 0.85],
      [0.72, 0.85],
    ],
  ],
  [
    [
      [0.3, 0.22],
      [0.5, 0.15],
      [0.67, 0.22],
      [0.68, 0.37],
      [0.47, 0.5],
      [0.69, 0.62],
      [0.69, 0.78],
      [0.5, 0.86],
      [0.3, 0.8],
    ],
  ],
  [
    [
      [0.4, 0.15],
      [0.3, 0.58],
      [0.74, 0.58],
    ],
    [
      [0.62, 0.32],
      [0.62, 0.85],
    ],
  ],
  [
    [
      [0.68, 0.15],
      [0.36, 0.15],
      [0.33, 0.45],
      [0.55, 0.42],
      [0.7, 0.55],
      [0.7, 0.72],
      [0.55, 0.85],
      [0.3, 0.8],
    ],
  ],
  [
    [
      [0.65, 0.15],
      [0.45, 0.3],
      [0.33, 0.55],
      [0.33, 0.75],
      [0.46, 0.86],
      [0.62, 0.82],
      [0.68, 0.67],
      [0.56, 0.55],
      [0.36, 0.6],
    ],
  ],
  [
    [
      [0.3, 0.2],
      [0.7, 0.2],
      [0.45, 0.85],
    ],
  ],
  [curve(48, (t) => [0.5 + 0.18 * Math.sin(4 * Math.PI * t), 0.5 - 0.35 * Math.cos(2 * Math.PI * t)])],
  [
    [
      ...curve(24, (t) => [0.5 + 0.17 * Math.cos(2 * Math.PI * t), 0.33 - 0.17 * Math.sin(2 * Math.PI * t)]),
      [0.66, 0.85],
    ],
  ],
];
