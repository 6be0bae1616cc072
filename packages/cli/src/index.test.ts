import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from './errors/invalid-option-error';
import {
  applyOverrides,
  defaultRecipe,
  loadLabData,
  setupCliBackend,
  type TrainRecipeOptions,
  trainingProgress,
  trainRecipe,
} from './index';

/** The error a call throws or rejects with. */
async function failure(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe("the library's functions refuse unknown option keys, naming the closest", () => {
  it('trainRecipe, before anything starts', async () => {
    const error = await failure(() =>
      trainRecipe(defaultRecipe, { backend: 'cpu', ofline: true } as TrainRecipeOptions),
    );
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ functionName: 'trainRecipe', option: 'ofline', value: true, exitCode: 2 });
    expect((error as Error).message).toMatch(
      /^trainRecipe: `ofline` is not an option \(did you mean `offline`\?\); the options are dataDir, offline, .*\. Received: ofline=true$/,
    );
  });

  it('loadLabData, setupCliBackend, trainingProgress and applyOverrides', async () => {
    const cases: [string, string, string, () => unknown][] = [
      ['loadLabData', 'data_dir', 'dataDir', () => loadLabData('xor', { data_dir: '/data' } as never)],
      ['setupCliBackend', 'trainng', 'training', () => setupCliBackend('cpu', { trainng: false } as never)],
      [
        'trainingProgress',
        'colours',
        'colors',
        () => trainingProgress({ stream: undefined, colours: 1 } as never),
      ],
      ['applyOverrides', 'epoch', 'epochs', () => applyOverrides(defaultRecipe, { epoch: 3 } as never)],
    ];
    for (const [functionName, option, closest, call] of cases) {
      const error = await failure(call);
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect(error).toMatchObject({ functionName, option });
      expect((error as Error).message).toContain(`(did you mean \`${closest}\`?)`);
    }
  });

  it('known keys still pass', async () => {
    const recipe = applyOverrides(defaultRecipe, { epochs: 2, seed: 7 });
    expect(recipe).toMatchObject({ epochs: 2, seed: 7, model: defaultRecipe.model });
    const data = await loadLabData('xor', { seed: 1, testSplit: 0.25 });
    expect(data.train.count + data.test.count).toBeGreaterThan(0);
  });
});
