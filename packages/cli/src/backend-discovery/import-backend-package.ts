import { pathToFileURL } from 'node:url';
import { findInstalledPackage, type InstalledPackage } from './find-installed-package';
import type { SearchRoot } from './package-search-roots';

/** Imports backend packages from the user's install places and remembers which it loaded. */
export interface BackendPackageImporter {
  /** For the trainer's `importPackage`: imports `specifier` from the first place that holds it. */
  importPackage(specifier: string): Promise<unknown>;
  /** The packages imported so far, by name. */
  readonly loaded: ReadonlyMap<string, InstalledPackage>;
}

/**
 * An importer that looks for each package in `roots`, in order, and imports its entry by path, so a
 * package the user installed globally or in their project is found though it is no dependency of ours.
 */
export function backendPackageImporter(roots: readonly SearchRoot[]): BackendPackageImporter {
  const loaded = new Map<string, InstalledPackage>();
  return {
    loaded,
    async importPackage(specifier) {
      const found = findInstalledPackage(specifier, roots);
      if (found === undefined) {
        const places = [...new Set(roots.map((root) => root.place))];
        throw new Error(
          `not installed: looked in ${places.join(', ')} (${roots.length} node_modules folders)`,
        );
      }
      const module = await import(pathToFileURL(found.entry).href);
      loaded.set(specifier, found);
      return module;
    },
  };
}
