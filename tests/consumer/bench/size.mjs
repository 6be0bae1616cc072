// Size of each covered @digitlab package as a user's bundler ships it: its dist bundled with esbuild
// (minified, tree-shaken), its dependencies and peers left out (peers are the user's; @digitlab dependencies
// have their own rows), then gzipped (level 9). Compares with size-budget.json, checks the size
// line of each README, prints a table and writes bench-results/size.json. Exits 1 when over budget or when a
// README's size line is out of date (test/size.test.ts runs it in the suite, so neither drifts unnoticed).
// Run `pnpm build` first: this reads each package's ./dist.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('..', import.meta.url));
const root = join(here, '../..');
const budgets = JSON.parse(readFileSync(join(here, 'size-budget.json'), 'utf8')).entries;

function packageDirectory(name) {
  for (const group of ['packages', 'apps']) {
    const directory = join(root, group, name.split('/')[1]);
    if (existsSync(join(directory, 'package.json'))) return directory;
  }
  throw new Error(`No workspace folder for ${name}; fix tests/consumer/size-budget.json. Received: ${name}`);
}

async function bundle(source, resolveDir) {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0].contents;
  return {
    minified: output.length,
    gzipped: gzipSync(output, { level: 9 }).length,
    metafile: result.metafile,
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const rows = [];
for (const { name, omit = [], budgetBytes } of budgets) {
  const directory = packageDirectory(name);
  const entry = join(directory, 'dist/index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing; run \`pnpm build\` first. Received: no dist`);
  const everything = await bundle(`export * from ${JSON.stringify(entry)};`, directory);
  const exported = Object.values(everything.metafile.outputs)[0].exports;
  const kept = exported.filter((symbol) => !omit.includes(symbol));
  const measured =
    omit.length === 0
      ? everything
      : await bundle(`export { ${kept.join(', ')} } from ${JSON.stringify(entry)};`, directory);
  rows.push({
    package: omit.length === 0 ? name : `${name} without ${omit.join(', ')}`,
    minifiedBytes: measured.minified,
    gzippedBytes: measured.gzipped,
    budgetBytes,
    withinBudget: measured.gzipped <= budgetBytes,
    directory,
    omit,
  });
}

// The README states the measured size and the budget; the figure may drift by 5% before it is stale.
const readmeProblems = [];
for (const directory of new Set(rows.map((row) => row.directory))) {
  const readme = readFileSync(join(directory, 'README.md'), 'utf8');
  for (const row of rows.filter((candidate) => candidate.directory === directory)) {
    const label = row.omit.length === 0 ? 'Size' : `Size without \`${row.omit.join('`, `')}\``;
    const match = new RegExp(
      `${label.replace(/[`]/g, '\\`')}: ([\\d.]+) kB minified \\+ gzipped \\(budget ([\\d.]+) kB\\)`,
    ).exec(readme);
    const expected = `${label}: ${kB(row.gzippedBytes)} minified + gzipped (budget ${kB(row.budgetBytes)})`;
    const stale =
      !match ||
      Math.abs(Number(match[1]) * 1000 - row.gzippedBytes) > 0.05 * row.gzippedBytes ||
      Number(match[2]) * 1000 !== row.budgetBytes;
    row.readme = stale ? 'out of date' : 'up to date';
    if (stale) readmeProblems.push(`${join(directory, 'README.md')}: state "${expected}"`);
  }
}

console.table(
  rows.map((row) => ({
    package: row.package,
    minified: kB(row.minifiedBytes),
    'min+gzip': kB(row.gzippedBytes),
    budget: kB(row.budgetBytes),
    status: row.withinBudget ? 'ok' : 'OVER BUDGET',
    README: row.readme,
  })),
);
for (const problem of readmeProblems) console.log(problem);

mkdirSync(join(here, 'bench-results'), { recursive: true });
const output = join(here, 'bench-results/size.json');
writeFileSync(
  `${output}.tmp`,
  `${JSON.stringify(
    {
      node: process.version,
      method: 'esbuild bundle of dist, minified, dependencies and peers external, gzip level 9',
      results: rows.map(({ directory: _directory, ...row }) => row),
    },
    null,
    2,
  )}\n`,
);
renameSync(`${output}.tmp`, output);
process.exitCode = rows.every((row) => row.withinBudget) && readmeProblems.length === 0 ? 0 : 1;
