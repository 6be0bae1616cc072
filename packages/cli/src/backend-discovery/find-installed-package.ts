import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SearchRoot } from './package-search-roots';

/** A package found installed, ready to import. */
export interface InstalledPackage {
  readonly name: string;
  readonly version: string;
  /** Its folder, with links resolved (pnpm's store, for instance). */
  readonly folder: string;
  /** The file `import()` loads: its entry point as Node resolves it. */
  readonly entry: string;
  /** Which of the user's install places it came from. */
  readonly place: string;
}

/** The first of `roots` that holds package `name`, or undefined when none does. */
export function findInstalledPackage(
  name: string,
  roots: readonly SearchRoot[],
): InstalledPackage | undefined {
  for (const root of roots) {
    const manifest = join(root.folder, ...name.split('/'), 'package.json');
    if (!existsSync(manifest)) continue;
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    // Resolved from the folder that holds it, so `main` and `exports` are honoured as in the user's project.
    const entry = createRequire(join(root.folder, 'noop.js')).resolve(name);
    return {
      name,
      version,
      folder: realpathSync(join(root.folder, ...name.split('/'))),
      entry,
      place: root.place,
    };
  }
  return undefined;
}
