/** Background and text colour of a heatmap cell for a share in [0, 1] (e.g. a row-normalised count). */
export interface HeatColour {
  readonly background: string;
  readonly text: string;
}

/** Shades from white to the site's blue; text turns white where the cell gets dark. */
export function heatColour(share: number): HeatColour {
  const clamped = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return {
    background: `rgba(37, 99, 235, ${(0.06 + 0.94 * clamped).toFixed(3)})`,
    text: clamped > 0.5 ? '#ffffff' : 'inherit',
  };
}

/** Each row divided by its sum (a row of zeros stays zeros), as scikit-learn's `normalize='true'`. */
export function rowShares(matrix: readonly (readonly number[])[]): number[][] {
  return matrix.map((row) => {
    const total = row.reduce((sum, value) => sum + value, 0);
    return row.map((value) => (total === 0 ? 0 : value / total));
  });
}
