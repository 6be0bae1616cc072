import { builtinModules } from 'node:module';
import { build } from 'esbuild';

/** The package a bare specifier names: `@scope/name/sub/path` → `@scope/name`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Whether a specifier is a Node built-in module (`node:fs`, `fs`). */
export function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);
}

/**
 * The packages a built entry file imports at run time, statically or with `import()`, following its
 * relative imports (chunks) and excluding Node built-ins. Type-only imports are already gone from dist.
 */
export async function runtimeImports(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    logLevel: 'silent',
  });
  const imported = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const { path, external } of input.imports) {
      if (external && !isBuiltin(path)) imported.add(packageNameOf(path));
    }
  }
  return [...imported].sort();
}
