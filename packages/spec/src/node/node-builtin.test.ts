import * as os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DigitlabError } from '../errors/digitlab-error';
import { nodeBuiltin, requireNodeBuiltin } from './node-builtin';
import { NodeOnlyError } from './node-only-error';

describe('nodeBuiltin', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("gives Node's own built-in module", () => {
    expect(nodeBuiltin<typeof os>('node:os')?.availableParallelism).toBe(os.availableParallelism);
    expect(requireNodeBuiltin<typeof os>('node:os', 'counting cores').cpus).toBe(os.cpus);
  });

  it('gives undefined outside Node, and requireNodeBuiltin a NodeOnlyError naming the feature', () => {
    vi.stubGlobal('process', undefined);
    expect(nodeBuiltin('node:os')).toBeUndefined();
    const error = (() => {
      try {
        requireNodeBuiltin('node:fs/promises', 'loadMnist');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(NodeOnlyError);
    expect(DigitlabError.isInstance(error)).toBe(true);
    expect((error as NodeOnlyError).message).toBe(
      'loadMnist needs Node.js (its node:fs/promises module); in a browser, pass the data or a store that works there. Received: no process.getBuiltinModule',
    );
  });
});
