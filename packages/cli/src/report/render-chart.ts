import type { VegaLiteSpec } from '@digitlab/metrics';
import type { TopLevelSpec } from 'vega-lite';

/** A chart of a run: its file name (without extension), title and Vega-Lite spec. */
export interface Chart {
  /** File name without extension, e.g. `'learning-curves'`. */
  readonly name: string;
  readonly title: string;
  readonly spec: VegaLiteSpec;
}

/** A chart drawn as SVG and PNG. */
export interface RenderedChart extends Chart {
  readonly svg: string;
  readonly png: Uint8Array;
}

/**
 * Draws a Vega-Lite spec as SVG with vega's headless renderer (no canvas, no browser). The metrics package
 * types its specs loosely (it has no vega-lite dependency); vega-lite checks them as it compiles.
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  // Loaded on first use: commands that draw nothing start faster without them.
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new View(parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * Rasterizes an SVG to PNG with resvg at twice its size on white. Vega writes `sans-serif`; fonts come
 * from the system, with DejaVu Sans (present on most Linux systems) where the family is missing.
 */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** Renders every chart to SVG and PNG. */
export async function renderCharts(charts: readonly Chart[]): Promise<RenderedChart[]> {
  const rendered: RenderedChart[] = [];
  for (const chart of charts) {
    const svg = await renderSvg(chart.spec);
    rendered.push({ ...chart, svg, png: await svgToPng(svg) });
  }
  return rendered;
}
