import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { UsageError } from '../errors/usage-error';
import { checkOptionKeys, type OptionKeys } from './check-option-keys';

interface ExampleOptions {
  backend?: string;
  dataDir?: string;
  offline?: boolean;
}
const known: OptionKeys<ExampleOptions> = { backend: true, dataDir: true, offline: true };

describe('checkOptionKeys', () => {
  it('accepts known keys, an empty object and no object', () => {
    expect(() => checkOptionKeys('trainRecipe', { backend: 'cpu', offline: true }, known)).not.toThrow();
    expect(() => checkOptionKeys('trainRecipe', {}, known)).not.toThrow();
    expect(() => checkOptionKeys<ExampleOptions>('trainRecipe', undefined, known)).not.toThrow();
  });

  it('names an unknown key, the closest valid one, every valid one and the value', () => {
    const typo = { data_dir: '/data' } as ExampleOptions;
    let error: unknown;
    try {
      checkOptionKeys('trainRecipe', typo, known);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidOptionError);
    // A usage error: the command line reports it with exit code 2 like its own.
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({
      functionName: 'trainRecipe',
      option: 'data_dir',
      value: '/data',
      exitCode: 2,
    });
    expect((error as Error).message).toBe(
      'trainRecipe: `data_dir` is not an option (did you mean `dataDir`?); the options are backend, dataDir, ' +
        'offline. Received: data_dir="/data"',
    );
  });

  it('suggests nothing when no valid key is close', () => {
    expect(() => checkOptionKeys('trainRecipe', { shuffle: true } as ExampleOptions, known)).toThrow(
      'trainRecipe: `shuffle` is not an option; the options are',
    );
  });
});
