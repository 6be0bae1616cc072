import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { UnknownNameError } from '../errors/unknown-name-error';
import { UsageError } from '../errors/usage-error';
import { addRecipeOptions, recipeOverrides } from './recipe-options';
import { addRunOptions, runFlags } from './run-options';

/** A command with the shared options, parsed from `args` as commander does for a real command. */
function parse(args: string[]) {
  const command = addRunOptions(addRecipeOptions(new Command('train').exitOverride(), 'default: 10'));
  command.parse(args, { from: 'user' });
  return command.opts();
}

describe('the shared flags', () => {
  it('resolve into typed run flags and recipe overrides, each holding only its own keys', () => {
    const options = parse([
      '--backend',
      'cpu',
      '--engine',
      'tfjs',
      '--threads',
      '2',
      '--epochs',
      '3',
      '--seed',
      '7',
    ]);
    expect(runFlags(options)).toEqual({
      backend: 'cpu',
      engine: 'tfjs',
      threads: 2,
      dataDir: undefined,
      offline: false,
      connectTimeoutMs: undefined,
      idleTimeoutMs: undefined,
      out: undefined,
    });
    expect(recipeOverrides(options)).toEqual({
      epochs: 3,
      batchSize: undefined,
      optimizer: undefined,
      learningRate: undefined,
      validationSplit: undefined,
      seed: 7,
    });
  });

  it('give the download timeouts in milliseconds, as the loaders take them', () => {
    const flags = runFlags(parse(['--connect-timeout', '2.5', '--idle-timeout', '90']));
    expect([flags.connectTimeoutMs, flags.idleTimeoutMs]).toEqual([2500, 90_000]);
    expect(() => parse(['--idle-timeout', '0.05'])).toThrow(UsageError);
  });

  it('leave --backend and --engine undefined when not given: the library applies the one default', () => {
    const flags = runFlags(parse(['--offline']));
    expect(flags.backend).toBeUndefined();
    expect(flags.engine).toBeUndefined();
    expect(flags.offline).toBe(true);
  });

  it('check names as they parse', () => {
    expect(() => parse(['--backend', 'webgl'])).toThrow(UnknownNameError);
    expect(() => parse(['--engine', 'fast'])).toThrow(UnknownNameError);
  });
});
