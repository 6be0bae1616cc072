#!/usr/bin/env node
// Rehearses a release without touching this checkout or the registry: copies the workspace (the files git
// tracks or would track, plus each published package's built dist) into a temporary folder, runs
// `changeset version` there, checks that the @digitlab packages moved to one version together and got
// changelog entries, then runs `pnpm -r publish --dry-run`. Run `pnpm build` first (`pnpm release:dry` does).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed in ${cwd}; see its output above. Received: exit ${result.status}`,
    );
  }
  return result.stdout;
}

function publishedPackages(base) {
  const found = [];
  for (const group of ['packages', 'apps']) {
    if (!existsSync(join(base, group))) continue;
    for (const name of readdirSync(join(base, group))) {
      const manifestPath = join(base, group, name, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (!manifest.private)
        found.push({ relative: join(group, name), name: manifest.name, version: manifest.version });
    }
  }
  return found;
}

const before = publishedPackages(root);
for (const { relative } of before) {
  if (!existsSync(join(root, relative, 'dist'))) {
    throw new Error(`${relative}/dist is missing; run \`pnpm build\` first. Received: no dist`);
  }
}

const copy = mkdtempSync(join(tmpdir(), 'digitlab-release-'));
try {
  const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], root).split(
    '\0',
  );
  for (const file of files.filter((path) => path !== '' && existsSync(join(root, path)))) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  for (const { relative } of before)
    cpSync(join(root, relative, 'dist'), join(copy, relative, 'dist'), { recursive: true });
  // From the store this checkout already filled: the changelog generator comes from node_modules, and
  // publishing resolves each `workspace:^` range from the linked package's version.
  run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--ignore-scripts'], copy);

  console.log(run('pnpm', ['exec', 'changeset', 'version'], copy));
  const after = publishedPackages(copy);
  const versions = new Set(after.map(({ version }) => version));
  console.table(
    after.map(({ name, version, relative }) => {
      const changelog = join(copy, relative, 'CHANGELOG.md');
      const hasEntry = existsSync(changelog) && readFileSync(changelog, 'utf8').includes(`## ${version}\n`);
      return {
        package: name,
        before: before.find((entry) => entry.name === name)?.version,
        after: version,
        changelog: hasEntry,
      };
    }),
  );
  if (versions.size !== 1) {
    throw new Error(
      `Expected the @digitlab packages to share one version (fixed in .changeset/config.json). Received: ${[...versions].join(', ')}`,
    );
  }
  console.log(run('pnpm', ['-r', 'publish', '--dry-run', '--no-git-checks', '--access', 'public'], copy));
  console.log(`Dry run done: ${after.length} packages would be published at ${[...versions][0]}.`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}
