#!/usr/bin/env node
// Writes the API reference's landing page (site/api/index.md, after typedoc): one line per package (its
// description) and, under it, one line per group of exports (the source folder they come from: charts,
// errors, loaders...), each export linked to its entry. Read from the packages' src/index.ts, so the
// page lists exactly what each package exports. Usage: node scripts/api-index.mjs [output.md]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const output = process.argv[2] ?? fileURLToPath(new URL('../site/api/index.md', import.meta.url));
const packages = ['spec', 'datasets', 'models', 'trainer', 'metrics', 'cli'];

/** Whether `name` is declared `export abstract class` in the module `from` of the package (typedoc then
 * anchors it `#abstract-<name>`). */
function isAbstractClass(srcDir, from, name) {
  const file = [join(srcDir, `${from}.ts`), join(srcDir, from, 'index.ts')].find((path) => existsSync(path));
  return (
    file !== undefined && new RegExp(`export abstract class ${name}\\b`).test(readFileSync(file, 'utf8'))
  );
}

/** The exports of a package's index.ts as { group, name, type, anchor } rows, in source order. */
function exportsOf(indexFile) {
  const srcDir = dirname(indexFile);
  const source = ts.createSourceFile(indexFile, readFileSync(indexFile, 'utf8'), ts.ScriptTarget.ES2022);
  const rows = [];
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.exportClause === undefined) continue;
    const from = statement.moduleSpecifier.text.replace(/^\.\//, '').replace(/\.js$/, '');
    const group = from.split('/')[0];
    for (const element of statement.exportClause.elements) {
      const name = element.name.text;
      const abstract = isAbstractClass(srcDir, from, name);
      rows.push({
        group,
        name,
        type: statement.isTypeOnly || element.isTypeOnly,
        anchor: `${abstract ? 'abstract-' : ''}${name.toLowerCase()}`,
      });
    }
  }
  return rows;
}

const lines = [
  '# API reference',
  '',
  'Every package, and what it exports grouped by the folder it comes from. Values (functions, classes,',
  'constants) come first in each group, then types in italics.',
  '',
];
for (const name of packages) {
  const folder = join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const page = `/api/${manifest.name}`;
  lines.push(`## [${manifest.name}](${page})`, '', manifest.description, '');
  const rows = exportsOf(join(folder, 'src', 'index.ts'));
  for (const group of [...new Set(rows.map((row) => row.group))]) {
    const inGroup = rows.filter((row) => row.group === group);
    const link = (row) => `[${row.type ? `_${row.name}_` : row.name}](${page}#${row.anchor})`;
    const byName = (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
    const ordered = [
      ...inGroup.filter((row) => !row.type).sort(byName),
      ...inGroup.filter((row) => row.type).sort(byName),
    ];
    lines.push(`- **${group}**: ${ordered.map(link).join(', ')}`);
  }
  lines.push('');
}
writeFileSync(output, lines.join('\n'));
