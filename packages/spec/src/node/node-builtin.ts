import { NodeOnlyError } from './node-only-error';

/**
 * A Node.js built-in module (e.g. `'node:os'`) through `process.getBuiltinModule` (Node 20.16+), or
 * undefined outside Node. Nothing is imported, so bundlers see no `node:*` module: browser builds neither
 * include nor warn about them. The caller names the module's type, e.g.
 * `nodeBuiltin<typeof import('node:os')>('node:os')`.
 */
export function nodeBuiltin<Module>(id: string): Module | undefined {
  const nodeProcess = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process;
  return nodeProcess?.getBuiltinModule?.(id) as Module | undefined;
}

/** {@link nodeBuiltin} for Node-only code paths: throws {@link NodeOnlyError} naming `feature` outside Node. */
export function requireNodeBuiltin<Module>(id: string, feature: string): Module {
  const module = nodeBuiltin<Module>(id);
  if (module === undefined) throw new NodeOnlyError(id, feature);
  return module;
}
