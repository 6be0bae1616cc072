/**
 * A Node.js built-in module (e.g. `'node:os'`) through `process.getBuiltinModule`, or undefined outside
 * Node. Nothing is imported, so bundlers see no Node module and browser builds stay clean.
 */
export function nodeBuiltin<Module>(id: string): Module | undefined {
  const nodeProcess = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process;
  return nodeProcess?.getBuiltinModule?.(id) as Module | undefined;
}
