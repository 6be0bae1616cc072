import { parse, View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import type { VegaLiteSpec } from '../src/charts/vega-lite-spec.js';

/**
 * Test helper: compiles a spec with vega-lite and renders it headless to an SVG string with vega's
 * own SVG renderer (no canvas), as the CLI does in Node. Throws on any compile warning, so a spec that
 * vega-lite only half understands fails its test.
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => {
      throw new Error(args.join(' '));
    },
    warn: (...args: unknown[]) => {
      warnings.push(args.join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const compiled = compile(spec as unknown as TopLevelSpec, { logger: logger as never }).spec;
  if (warnings.length > 0) throw new Error(`vega-lite warned: ${warnings.join('; ')}`);
  const view = new View(parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The number of items drawn by marks of `type` (`rect`, `text`, `line`, `symbol`, …) in an SVG from vega. */
export function countMarkItems(svg: string, type: string): number {
  let count = 0;
  const groups = svg.split(`class="mark-${type} role-mark`).slice(1);
  for (const group of groups) {
    const body = group.slice(0, group.indexOf('</g>'));
    count += (body.match(/<(path|text|image|line|circle|rect)\b/g) ?? []).length;
  }
  return count;
}

/** All text drawn by text marks (data labels), axes and legends, unescaped; one entry per line. */
export function svgTexts(svg: string): string[] {
  const lines = [...svg.matchAll(/<text[^>]*[^/]>(.*?)<\/text>/g)].flatMap((match) =>
    match[1]!.startsWith('<tspan')
      ? [...match[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((tspan) => tspan[1]!)
      : [match[1]!],
  );
  return lines.map((line) =>
    line.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"'),
  );
}
