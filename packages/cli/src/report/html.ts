/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** An SVG as an `<img>` with a data URL: self-contained, and its ids cannot clash with other charts'. */
export function svgImage(svg: string, alt: string): string {
  const data = Buffer.from(svg, 'utf8').toString('base64');
  return `<img src="data:image/svg+xml;base64,${data}" alt="${escapeHtml(alt)}">`;
}

/** A table with a header row; cells are escaped. */
export function htmlTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  className = '',
): string {
  const cells = (tag: string, row: readonly string[]) =>
    row.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('');
  const head = header.length > 0 ? `<thead><tr>${cells('th', header)}</tr></thead>` : '';
  const body = rows.map((row) => `<tr>${cells('td', row)}</tr>`).join('\n');
  return `<table${className ? ` class="${className}"` : ''}>${head}<tbody>\n${body}\n</tbody></table>`;
}

/**
 * Sections laid out side by side as far as the page is wide, each card as wide as its chart or table:
 * a chart never sits in a card twice its size.
 */
export function htmlCards(sections: readonly string[]): string {
  return `<div class="cards">\n${sections.join('\n')}\n</div>`;
}

/** The page around a report's sections: inline CSS, no scripts, no external resources. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${pageStyle}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const pageStyle = `
body { margin: 0; background: #f6f7f9; color: #1f2328; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0 0 12px; }
.meta { color: #59636e; margin: 0 0 20px; }
section { background: #fff; border: 1px solid #d1d9e0; border-radius: 8px; padding: 16px 20px; margin: 0 0 16px; overflow-x: auto; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 4px 12px; text-align: right; border-bottom: 1px solid #eaeef2; }
th:first-child, td:first-child { text-align: left; }
table.facts td:first-child { color: #59636e; }
table.facts td { text-align: left; }
table.scores { font-size: 14px; }
table.scores td, table.scores th { white-space: nowrap; padding: 4px 8px; }
pre { font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; margin: 0; }
img { max-width: 100%; height: auto; }
.cards { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; margin: 0 0 16px; }
.cards > section { flex: 0 1 auto; max-width: 100%; margin: 0; box-sizing: border-box; }
figure { margin: 0; }
figure img { display: block; }
.headline { font-size: 20px; margin: 0 0 8px; }
footer { color: #59636e; font-size: 13px; }
`;
