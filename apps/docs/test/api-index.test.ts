import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/api-index.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'docs-api-index-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the API index page', () => {
  const output = join(folder, 'index.md');
  execFileSync(process.execPath, [script, output]);
  const page = readFileSync(output, 'utf8');

  it('has one line per package, with its description, and one line per group of exports', () => {
    const packages = [...page.matchAll(/^## \[(@digitlab\/[a-z]+)\]\(\/api\/\1\)$/gm)].map(
      (match) => match[1],
    );
    expect(packages).toEqual([
      '@digitlab/spec',
      '@digitlab/datasets',
      '@digitlab/models',
      '@digitlab/trainer',
      '@digitlab/metrics',
      '@digitlab/cli',
    ]);
    expect(page).toContain('scikit-learn-exact metrics (confusion matrix, classification report)');
    expect(page).toMatch(
      /^- \*\*charts\*\*: \[classDistributionSpec\]\(\/api\/@digitlab\/metrics#classdistributionspec\), /m,
    );
    expect(page).toMatch(/^- \*\*loaders\*\*: .*\[loadMnist\]\(\/api\/@digitlab\/datasets#loadmnist\)/m);
    expect(page.split('\n').filter((line) => line.startsWith('- **')).length).toBeGreaterThanOrEqual(35);
  });

  it('links every value each package exports at run time', async () => {
    const modules: Record<string, Record<string, unknown>> = {
      '@digitlab/datasets': await import('@digitlab/datasets'),
      '@digitlab/models': await import('@digitlab/models'),
      '@digitlab/trainer': await import('@digitlab/trainer'),
      '@digitlab/metrics': await import('@digitlab/metrics'),
      '@digitlab/cli': await import('@digitlab/cli'),
    };
    const missing = Object.entries(modules).flatMap(([name, module]) =>
      // typedoc anchors abstract classes (Layer, Pooling2D) as #abstract-<name>.
      Object.keys(module).filter(
        (key) => !new RegExp(`\\[${key}\\]\\(/api/${name}#(abstract-)?${key.toLowerCase()}\\)`).test(page),
      ),
    );
    expect(missing).toEqual([]);
  });
});
