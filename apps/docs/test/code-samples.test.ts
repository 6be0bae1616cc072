import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractTypeScript, siteCodeSamples, typeCheckSamples } from './support/code-samples';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const siteDir = fileURLToPath(new URL('../site', import.meta.url));
const declarations = fileURLToPath(new URL('../src/env.d.ts', import.meta.url));

describe('code samples in the guides', () => {
  it('finds the ```ts blocks with their lines, and nothing else', () => {
    const markdown = [
      '# Page',
      '',
      '```ts',
      'const a = 1;',
      '```',
      '',
      '```sh',
      'ls',
      '```',
      '```ts [x.ts]',
      'a;',
      '```',
    ];
    expect(extractTypeScript('p.md', markdown.join('\n'))).toEqual([
      { page: 'p.md', line: 3, code: 'const a = 1;\n' },
      { page: 'p.md', line: 10, code: 'a;\n' },
    ]);
  });

  it('reports a sample that misuses the API, at its line in the page', () => {
    const wrong = {
      page: 'labs/x.md',
      line: 10,
      code: "import { fit } from '@digitlab/trainer';\n\nfit('model');\n",
    };
    const errors = typeCheckSamples([wrong], appDir, declarations);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^labs\/x\.md:13: /);
  });

  it('type-check against the packages as they are now', { timeout: 120_000 }, () => {
    const samples = siteCodeSamples(siteDir);
    // Getting started, backends, the nine lab guides and the live pages all carry code.
    expect(samples.length).toBeGreaterThanOrEqual(20);
    expect(typeCheckSamples(samples, appDir, declarations)).toEqual([]);
  });
});
