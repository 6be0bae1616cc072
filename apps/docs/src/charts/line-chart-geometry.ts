/** One line of a chart: a value per epoch. */
export interface Series {
  readonly name: string;
  readonly values: readonly number[];
}

/** Options of {@link lineChartGeometry}. */
export interface LineChartGeometryOptions {
  /**
   * Width of the SVG in pixels.
   * @default 320
   */
  width?: number;
  /**
   * Height of the SVG in pixels.
   * @default 200
   */
  height?: number;
  /**
   * Fixed [min, max] of the y axis (e.g. [0, 1] for accuracy); else the data's range, from 0.
   * @default undefined
   */
  yRange?: readonly [number, number];
  /**
   * Epochs the x axis spans, so a curve still training grows into a fixed frame.
   * @default the longest series
   */
  epochs?: number;
}

/** An axis tick: where it goes and what it says. */
export interface Tick {
  readonly position: number;
  readonly label: string;
}

/** Everything an SVG line chart needs, in pixels. */
export interface LineChartGeometry {
  readonly width: number;
  readonly height: number;
  /** The plot area inside the margins. */
  readonly plot: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  };
  /** One `d` attribute per series (empty for an empty series). */
  readonly paths: readonly { readonly name: string; readonly d: string }[];
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
}

const margin = { left: 44, right: 10, top: 10, bottom: 28 };

/**
 * Lays out per-epoch curves (epoch 1 at the left edge) in an SVG of `width` x `height`, with about five
 * ticks a side. Non-finite values (a diverged loss) break the line rather than stretching the axis.
 */
export function lineChartGeometry(
  series: readonly Series[],
  options: LineChartGeometryOptions = {},
): LineChartGeometry {
  const longest = Math.max(1, ...series.map((line) => line.values.length));
  const { width = 320, height = 200, yRange, epochs = longest } = options;
  const finite = series.flatMap((line) => line.values.filter(Number.isFinite));
  const [yMin, yMax] = yRange ?? [0, niceCeiling(Math.max(0, ...finite))];
  const plot = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
  };
  const xOf = (index: number) =>
    plot.left + (epochs <= 1 ? 0 : (index / (epochs - 1)) * (plot.right - plot.left));
  const yOf = (value: number) =>
    plot.bottom -
    ((Math.min(yMax, Math.max(yMin, value)) - yMin) / (yMax - yMin || 1)) * (plot.bottom - plot.top);
  const paths = series.map((line) => {
    let d = '';
    let drawing = false;
    line.values.forEach((value, index) => {
      if (!Number.isFinite(value)) {
        drawing = false;
        return;
      }
      d += `${drawing ? 'L' : 'M'}${xOf(index).toFixed(1)},${yOf(value).toFixed(1)}`;
      drawing = true;
    });
    return { name: line.name, d };
  });
  const xStep = Math.max(1, Math.ceil(epochs / 5));
  const xTicks: Tick[] = [];
  for (let epoch = 1; epoch <= epochs; epoch += xStep)
    xTicks.push({ position: xOf(epoch - 1), label: String(epoch) });
  // About five gridlines at a round step (0.2 for accuracy), labelled with as many decimals as the step has.
  const yStep = niceCeiling((yMax - yMin) / 5);
  const yTicks: Tick[] = [];
  for (let i = 0; yMin + i * yStep <= yMax + yStep * 1e-6; i++) {
    const value = yMin + i * yStep;
    yTicks.push({ position: yOf(value), label: value.toFixed(decimalsOf(yStep)) });
  }
  return { width, height, plot, paths, xTicks, yTicks };
}

/** The smallest of 1, 2, 2.5 or 5 times a power of ten at or above `value` (1 for 0). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value * (1 - 1e-9))!;
  return step * power;
}

/** Decimals needed to write `step` exactly (0.25 → 2, 0.5 → 1, 5 → 0). */
function decimalsOf(step: number): number {
  let decimals = 0;
  while (decimals < 6 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-9)
    decimals++;
  return decimals;
}
