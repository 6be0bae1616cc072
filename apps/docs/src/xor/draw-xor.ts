import type { XorData } from '@digitlab/datasets';
import type { DecisionGrid } from '@digitlab/metrics';
import { xorPlotRange } from './xor-boundary';

/** Class colours of the XOR plots, as RGB: class 0 blue, class 1 orange. */
export const xorClassColours: readonly (readonly [number, number, number])[] = [
  [37, 99, 235],
  [234, 88, 12],
];

/**
 * Paints the decision regions (stronger where the model is surer) and the points on top, on a square
 * canvas of `size` pixels. Rows of the grid run from the bottom, canvas rows from the top.
 */
export function drawXor(
  context: CanvasRenderingContext2D,
  size: number,
  data: XorData,
  grid: DecisionGrid | undefined,
): void {
  const [min, max] = xorPlotRange;
  const toPixel = (value: number) => ((value - min) / (max - min)) * size;
  context.clearRect(0, 0, size, size);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size, size);
  if (grid !== undefined) {
    const cell = size / grid.resolution;
    for (let row = 0; row < grid.resolution; row++) {
      for (let column = 0; column < grid.resolution; column++) {
        const index = row * grid.resolution + column;
        const [red, green, blue] = xorClassColours[grid.classes[index]!] ?? [128, 128, 128];
        const alpha = 0.12 + 0.5 * Math.max(0, (grid.confidence[index]! - 0.5) * 2);
        context.fillStyle = `rgba(${red}, ${green}, ${blue}, ${alpha.toFixed(3)})`;
        context.fillRect(column * cell, size - (row + 1) * cell, Math.ceil(cell), Math.ceil(cell));
      }
    }
  }
  context.lineWidth = 1;
  context.strokeStyle = 'rgba(15, 23, 42, 0.8)';
  for (let i = 0; i < data.count; i++) {
    const [red, green, blue] = xorClassColours[data.labels[i]!]!;
    context.fillStyle = `rgb(${red}, ${green}, ${blue})`;
    context.beginPath();
    context.arc(toPixel(data.points[2 * i]!), size - toPixel(data.points[2 * i + 1]!), 2.5, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  }
}
