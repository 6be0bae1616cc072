import { requireNodeBuiltin } from '@digitlab/spec';

interface NodeModules {
  'node:crypto': typeof import('node:crypto');
  'node:fs/promises': typeof import('node:fs/promises');
  'node:os': typeof import('node:os');
  'node:path': typeof import('node:path');
  'node:zlib': typeof import('node:zlib');
}

/**
 * A Node built-in for the Node-only code paths (the file loaders), typed by name, through
 * `@digitlab/spec`'s `requireNodeBuiltin`: nothing is imported, so browser bundles of this package neither
 * include nor warn about `node:*` modules, and outside Node the loaders fail with a `NodeOnlyError`.
 */
export function nodeModule<Name extends keyof NodeModules>(name: Name): NodeModules[Name] {
  return requireNodeBuiltin<NodeModules[Name]>(name, '@digitlab/datasets file loading');
}
