import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** A fenced TypeScript block of a page. */
export interface CodeSample {
  /** The page, relative to the site folder, e.g. `labs/xor.md`. */
  readonly page: string;
  /** Line of the opening fence (1-based). */
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks of a markdown text (other languages are shell or output, not code to check). */
export function extractTypeScript(page: string, markdown: string): CodeSample[] {
  const samples: CodeSample[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\b/.test(lines[i]!)) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
    samples.push({ page, line: start + 1, code: `${body.join('\n')}\n` });
  }
  return samples;
}

/** Every ```ts block in the hand-written pages under `siteDir` (the generated API reference excluded). */
export function siteCodeSamples(siteDir: string): CodeSample[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || (folder === siteDir && entry.name === 'api')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) pages.push(path);
    }
  };
  walk(siteDir);
  return pages.flatMap((path) =>
    extractTypeScript(relative(siteDir, path).split(sep).join('/'), readFileSync(path, 'utf8')),
  );
}

/**
 * Type-checks each sample as its own ES module against the installed packages, as a reader's project
 * would (strict, bundler resolution), with `declarations` (e.g. for `?url` imports) in scope.
 * Returns one line per error: `page:line: message`.
 */
export function typeCheckSamples(
  samples: readonly CodeSample[],
  projectDir: string,
  declarations: string,
): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    isolatedModules: true,
  };
  const virtual = new Map(
    samples.map((sample, index) => [join(projectDir, `.samples/sample-${index}.ts`), sample]),
  );
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const sample = virtual.get(fileName);
    if (sample !== undefined) return ts.createSourceFile(fileName, sample.code, languageVersion, true);
    return getSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => virtual.has(fileName) || fileExists(fileName);
  const program = ts.createProgram([...virtual.keys(), declarations], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const sample = diagnostic.file === undefined ? undefined : virtual.get(diagnostic.file.fileName);
    if (sample === undefined || diagnostic.start === undefined)
      return `${diagnostic.file?.fileName ?? 'options'}: ${message}`;
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start);
    return `${sample.page}:${sample.line + 1 + line}: ${message}`;
  });
}
