import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { ConsumerProject } from './consumer-project';
import { extractReadmeExample, normalizePrinted, type ReadmeExample } from './readme-example';
import type { CommandResult } from './run-command';
import type { WorkspacePackage } from './workspace-packages';

/** A README example run in a consumer project. */
export interface ReadmeExampleRun {
  example: ReadmeExample;
  result: CommandResult;
  /** What each `console.log` call printed, in order, with anything else printed between them. */
  printed: string[];
}

const SEPARATOR = '\u241e\n';

/**
 * Writes the first example of a package's README into the project (a ```ts example is transpiled to
 * JavaScript; its types are checked by the TypeScript consumer test) and runs it with Node.
 */
export async function runReadmeExample(
  project: ConsumerProject,
  workspacePackage: WorkspacePackage,
): Promise<ReadmeExampleRun> {
  const readmePath = join(workspacePackage.directory, 'README.md');
  const example = extractReadmeExample(readFileSync(readmePath, 'utf8'), readmePath);
  const code =
    example.language === 'ts'
      ? ts.transpileModule(example.code, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        }).outputText
      : example.code;
  const file = `readme-${workspacePackage.manifest.name.split('/')[1]}.mjs`;
  project.writeFile(file, code);
  project.copyFixture('shared/separate-console-log.mjs');
  const result = await project.run('node', ['--import', './separate-console-log.mjs', file], {
    timeoutMs: 300_000,
  });
  const printed = result.stdout.split(SEPARATOR).filter((output) => output !== '');
  return { example, result, printed };
}

/**
 * The values and text a README claims that its example did not print, in the README's order: each
 * claimed value must equal (normalized) what one later `console.log` call printed, and a claimed text block
 * what one call printed verbatim. An empty list means the README is accurate.
 */
export function unmetClaims({ example, printed }: ReadmeExampleRun): string[] {
  const unmet: string[] = [];
  const normalized = printed.map(normalizePrinted);
  let from = 0;
  for (const value of example.printedValues) {
    const index = normalized.indexOf(normalizePrinted(value), from);
    if (index === -1) unmet.push(value);
    else from = index + 1;
  }
  const { printedText } = example;
  if (printedText !== undefined && !printed.some((output) => output.trimEnd() === printedText.trimEnd())) {
    unmet.push(printedText);
  }
  return unmet;
}
