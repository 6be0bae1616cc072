import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlPage, htmlTable, svgImage } from './html';

describe('html helpers', () => {
  it('escape text and attributes', () => {
    expect(escapeHtml(`<a href="x">'T-shirt' & top</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;T-shirt&#39; &amp; top&lt;/a&gt;',
    );
  });

  it('embed an SVG as a data URL that decodes back', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><clipPath id="clip1"/></svg>';
    const tag = svgImage(svg, 'A "chart"');
    const data = /base64,([^"]+)"/.exec(tag)![1]!;
    expect(Buffer.from(data, 'base64').toString('utf8')).toBe(svg);
    expect(tag).toContain('alt="A &quot;chart&quot;"');
  });

  it('build tables and a page with no outside resources', () => {
    expect(htmlTable(['a'], [['<b>']])).toBe(
      '<table><thead><tr><th>a</th></tr></thead><tbody>\n<tr><td>&lt;b&gt;</td></tr>\n</tbody></table>',
    );
    const page = htmlPage('T', '<p>x</p>');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|<link|https?:/);
  });
});
