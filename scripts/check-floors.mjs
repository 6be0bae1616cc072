#!/usr/bin/env node
// The folder tree is the architecture, so its shape is checked like code:
// 1. no file-level import circle in any package's src/ (type-only imports included: a circle of types is
//    still two concepts that cannot be read apart);
// 2. in a package with a floors.json, folders import downward only, up to `allowedUpward` exceptions.
// floors.json: { "floors": [top ... bottom], "allowedUpward": 1 }; an entry is a folder under src/ or an
// array of folders sharing a floor (which may not import each other). Files directly in src/ (index.ts,
// bin.ts) sit above every floor. Tests (*.test.ts) are left out: they import what they test from beside it.
// Usage: node scripts/check-floors.mjs [package-dir ...]   (default: packages/* and apps/*)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const importPattern =
  /(?:^|[\s;])(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-d)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importsOf(file) {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const found = [];
  for (const match of text.matchAll(importPattern)) {
    const target = resolveImport(file, match[1] ?? match[2]);
    if (target) found.push(target);
  }
  return found;
}

/** Tarjan's strongly connected components; every component of more than one file is a circle. */
function circles(graph) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const found = [];
  const visit = (node) => {
    state.set(node, { index, low: index, onStack: true });
    index += 1;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!state.has(next)) {
        visit(next);
        state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
      } else if (state.get(next).onStack) {
        state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
      }
    }
    if (state.get(node).low === state.get(node).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        state.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

function checkPackage(packageDir) {
  const src = join(packageDir, 'src');
  if (!existsSync(src)) return [];
  const problems = [];
  const graph = new Map(sourceFiles(src).map((file) => [file, importsOf(file)]));
  for (const component of circles(graph)) {
    problems.push(`import circle: ${component.map((file) => relative(root, file)).join(' -> ')}`);
  }
  const floorsFile = join(packageDir, 'floors.json');
  if (!existsSync(floorsFile)) return problems;
  const { floors, allowedUpward = 0 } = JSON.parse(readFileSync(floorsFile, 'utf8'));
  const level = new Map();
  floors.forEach((entry, depth) => {
    for (const folder of [entry].flat()) level.set(folder, depth);
  });
  const folderOf = (file) => {
    const parts = relative(src, file).split(/[\\/]/);
    return parts.length === 1 ? null : parts[0];
  };
  for (const folder of readdirSync(src, { withFileTypes: true })) {
    if (folder.isDirectory() && !level.has(folder.name)) {
      problems.push(`${relative(root, floorsFile)} does not list the folder src/${folder.name}`);
    }
  }
  const upward = [];
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    if (from === null || !level.has(from)) continue;
    for (const target of targets) {
      const to = folderOf(target);
      if (to === from) continue;
      if (to === null || level.get(to) <= level.get(from)) {
        upward.push(`${relative(root, file)} -> ${relative(root, target)}`);
      }
    }
  }
  if (upward.length > allowedUpward) {
    problems.push(
      `${upward.length} imports go up or sideways between floors (${allowedUpward} allowed in ` +
        `${relative(root, floorsFile)}):\n    ${upward.join('\n    ')}`,
    );
  }
  return problems;
}

const packageDirs =
  process.argv.length > 2
    ? process.argv.slice(2).map((dir) => resolve(dir))
    : ['packages', 'apps'].flatMap((group) =>
        readdirSync(join(root, group), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(root, group, entry.name)),
      );
const problems = packageDirs.flatMap(checkPackage);
for (const problem of problems) console.error(`check-floors: ${problem}`);
console.log(`check-floors: ${packageDirs.length} packages, ${problems.length} problems`);
process.exit(problems.length > 0 ? 1 : 0);
