import { build } from 'esbuild';

/**
 * What a bundler keeps of a built entry when the user imports it but uses none of its exports, with the
 * package's `sideEffects: false` claim ignored: the top-level code esbuild cannot prove free of side
 * effects (calls without a `\/* @__PURE__ *\/` annotation, for example). Returns the minified code.
 *
 * A package bundled into one dist file is tree-shaken statement by statement, so this is also what every
 * user pays for on top of the exports they use. Import statements of other packages are not counted.
 */
export async function retainedCode(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: `import ${JSON.stringify(entry)};`, resolveDir: '/' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    logLevel: 'silent',
    plugins: [
      {
        name: 'ignore-side-effects-claim',
        setup(context) {
          context.onResolve({ filter: /.*/ }, (resolve) =>
            resolve.path === entry ? { path: entry, sideEffects: true } : undefined,
          );
        },
      },
    ],
  });
  // The import statements of other packages (esbuild hoists them to the top) are not code the package
  // keeps: a bundler drops an unused one when that package declares no side effects, as ours all do.
  return result.outputFiles[0]!.text.replace(/^(?:import\s*(?:[^;"]*?from\s*)?"[^"]+";?\s*)+/, '');
}
