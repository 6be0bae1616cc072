import { nodeBuiltin } from '@digitlab/spec';

/**
 * tfjs-core ships its gradient registrations only as ES modules with extensionless relative imports
 * (`import ... from './gradients/Abs_grad'`), which bundlers resolve and Node's ESM loader refuses. In Node
 * we therefore add a resolve hook that appends `.js` (or `/index.js`) to exactly those imports: relative,
 * extensionless, from inside `@tensorflow/tfjs-core/dist/`. Node cannot resolve them otherwise, so the hook
 * changes nothing that used to work.
 */
const hookSource = `
export async function resolve(specifier, context, nextResolve) {
  if (
    specifier.startsWith('.') &&
    !/\\.[cm]?js$/.test(specifier) &&
    context.parentURL !== undefined &&
    context.parentURL.includes('/@tensorflow/tfjs-core/dist/')
  ) {
    try {
      return await nextResolve(specifier + '.js', context);
    } catch {
      return nextResolve(specifier + '/index.js', context);
    }
  }
  return nextResolve(specifier, context);
}
`;

interface NodeModuleApi {
  register(specifier: string, parentURL?: string): void;
}

let registered = false;

/** Node's `module` API when running in Node (without importing it, so bundlers see nothing), else undefined. */
export function nodeModuleApi(): NodeModuleApi | undefined {
  const api = nodeBuiltin<Partial<NodeModuleApi>>('node:module');
  return typeof api?.register === 'function' ? (api as NodeModuleApi) : undefined;
}

/** Installs the resolve hook once per process. */
export function registerTfjsCoreResolveHook(api: NodeModuleApi): void {
  if (registered) return;
  api.register(`data:text/javascript,${encodeURIComponent(hookSource)}`);
  registered = true;
}
