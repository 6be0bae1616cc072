/** The Vega-Lite schema the specs are written against (Vega-Lite 6). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * A top-level Vega-Lite specification as plain JSON. Deliberately loose (this package has no runtime
 * dependency on vega-lite): pass it to `vegaLite.compile(spec)` or `vegaEmbed(element, spec)`; the
 * tests compile and render every builder's output with vega-lite 6.4 and vega 6.
 */
export interface VegaLiteSpec {
  readonly $schema: typeof VEGA_LITE_SCHEMA;
  readonly title?: string;
  readonly description?: string;
  readonly [property: string]: unknown;
}

/** Options every chart builder takes. */
export interface ChartOptions {
  /** Chart title. @default a title describing the chart */
  title?: string;
}
