import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir, requireBuiltSite } from './support/built-site';
import { checkLinks } from './support/link-checker';

describe('link checker', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'docs-links-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('finds missing pages and anchors, and accepts what resolves', () => {
    mkdirSync(join(fixture, 'guide'));
    writeFileSync(join(fixture, 'index.html'), '<a href="/guide/a.html#intro">a</a><a href="/guide/">g</a>');
    writeFileSync(
      join(fixture, 'guide', 'a.html'),
      '<h2 id="intro">Intro</h2><a href="./b.html">b</a><a href="#nowhere">x</a>' +
        '<a href="/api/@digitlab/trainer.html#fit">api</a><img src="/logo.svg"><a href="https://example.com/">e</a>',
    );
    writeFileSync(join(fixture, 'guide', 'index.html'), '<a href="a.html#intro">a</a>');
    mkdirSync(join(fixture, 'api', '@digitlab'), { recursive: true });
    writeFileSync(join(fixture, 'api', '@digitlab', 'trainer.html'), '<h3 id="fit">fit()</h3>');
    const report = checkLinks(fixture);
    expect(report.pages).toBe(4);
    expect(report.external).toEqual(['https://example.com/']);
    expect(report.broken).toEqual([
      { page: '/guide/a.html', href: './b.html', reason: 'missing page' },
      { page: '/guide/a.html', href: '#nowhere', reason: 'missing anchor' },
      { page: '/guide/a.html', href: '/logo.svg', reason: 'missing page' },
    ]);
  });
});

describe('the built site', () => {
  it('has no broken internal link, resource or anchor', () => {
    requireBuiltSite();
    const report = checkLinks(distDir);
    expect(report.pages).toBeGreaterThan(20);
    expect(report.checked).toBeGreaterThan(1000);
    expect(report.broken).toEqual([]);
  });
});
