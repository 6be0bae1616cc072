interface NodeModules {
  'node:crypto': typeof import('node:crypto');
  'node:fs/promises': typeof import('node:fs/promises');
  'node:os': typeof import('node:os');
  'node:path': typeof import('node:path');
  'node:zlib': typeof import('node:zlib');
}

/**
 * A Node built-in for the Node-only code paths, imported on use through a specifier bundlers do not
 * follow: browser bundles of this package neither include nor warn about `node:*` modules.
 */
export function nodeModule<Name extends keyof NodeModules>(name: Name): Promise<NodeModules[Name]> {
  const specifier: string = name;
  return import(/* webpackIgnore: true */ /* @vite-ignore */ specifier);
}
