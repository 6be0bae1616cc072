import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceRoot = new URL('.', import.meta.url).pathname;
const sources = (readdirSync(sourceRoot, { recursive: true }) as string[]).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
);

describe('what the root entry lets bundlers and type checkers see', () => {
  it('imports no node:* module, so browser bundles stay clean', () => {
    for (const file of sources) {
      expect(readFileSync(join(sourceRoot, file), 'utf8'), file).not.toMatch(
        /^(import|export) [^;\n]* from 'node:|(await|return) import\(/m,
      );
    }
  });

  it('names tfjs-core types only in the model entry, which datasets and metrics never import', () => {
    const withTfjs = sources.filter((file) =>
      readFileSync(join(sourceRoot, file), 'utf8').includes('@tensorflow/'),
    );
    expect(withTfjs).toEqual(['model/trainable-model.ts']);
    expect(readFileSync(join(sourceRoot, 'index.ts'), 'utf8')).not.toContain('model/');
  });
});
