import { isModelName, type ModelName, modelCatalog } from '@digitlab/models';
import { type FitEngine, fitEngines, type OptimizerName, optimizerNames } from '@digitlab/trainer';
import { type DatasetName, findDataset } from '../data/dataset-catalog';
import { UnknownNameError } from '../errors/unknown-name-error';
import { UsageError } from '../errors/usage-error';
import { type Background, backgrounds } from '../images/decode-png';
import { type CliBackend, cliBackends } from '../training/cli-backends';

/** Every catalog model name. */
export const modelNames: readonly string[] = modelCatalog.map((entry) => entry.name);

/**
 * Parses a whole number from `minimum` to `maximum`, e.g. for `--epochs`; out of range is a usage error at
 * parse time, before anything loads.
 */
export function integerOption(option: string, minimum: number, maximum: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (value.trim() === '' || !Number.isInteger(number) || number < minimum || number > maximum) {
      throw new UsageError(option, value, `${option} takes a whole number from ${minimum} to ${maximum}`);
    }
    return number;
  };
}

/**
 * Parses a size in whole mebibytes from 1 to `maximum` (e.g. `--max-input-mib 512`) and gives it in bytes, the
 * unit the libraries take.
 */
export function mebibytesOption(option: string, maximum: number): (value: string) => number {
  const parse = integerOption(option, 1, maximum);
  return (value) => parse(value) * 2 ** 20;
}

/** The ranges of the CLI's whole-number options: beyond them a run would exhaust memory or never end. */
export const optionLimits = {
  epochs: 100_000,
  batchSize: 65_536,
  threads: 64,
  seed: 2 ** 32 - 1,
} as const;

/** Parses `--engine`: one of the trainer's `fitEngines`. */
export function parseEngine(value: string): FitEngine {
  if (!(fitEngines as readonly string[]).includes(value)) {
    throw new UnknownNameError('engine', '--engine', value, fitEngines);
  }
  return value as FitEngine;
}

/** Parses `--backend`. */
export function parseBackend(value: string): CliBackend {
  if (!(cliBackends as readonly string[]).includes(value)) {
    throw new UnknownNameError('backend', '--backend', value, cliBackends);
  }
  return value as CliBackend;
}

/** Parses `--background`: the paper of a PNG. */
export function parseBackground(value: string): Background {
  if (!(backgrounds as readonly string[]).includes(value)) {
    throw new UnknownNameError('background', '--background', value, backgrounds);
  }
  return value as Background;
}

/** Parses a positive number, e.g. for `--learning-rate`. */
export function positiveOption(option: string): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (value.trim() === '' || !(number > 0) || !Number.isFinite(number)) {
      throw new UsageError(option, value, `${option} takes a positive number such as 0.001`);
    }
    return number;
  };
}

/** Parses a fraction in [0, 1), e.g. for `--validation-split`. */
export function fractionOption(option: string): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (value.trim() === '' || !(number >= 0 && number < 1)) {
      throw new UsageError(
        option,
        value,
        `${option} takes a fraction from 0 up to (not including) 1, such as 0.1`,
      );
    }
    return number;
  };
}

/** Checks a catalog model name. */
export function parseModelName(value: string, option = '--model'): ModelName {
  if (!isModelName(value)) throw new UnknownNameError('model', option, value, modelNames);
  return value;
}

/** Checks a comma-separated list of catalog model names. */
export function parseModelList(value: string): ModelName[] {
  return splitList(value, '--models').map((name) => parseModelName(name, '--models'));
}

/** Checks an optimizer name. */
export function parseOptimizer(value: string, option = '--optimizer'): OptimizerName {
  if (!(optimizerNames as readonly string[]).includes(value)) {
    throw new UnknownNameError('optimizer', option, value, optimizerNames);
  }
  return value as OptimizerName;
}

/** Checks a comma-separated list of optimizer names. */
export function parseOptimizerList(value: string): OptimizerName[] {
  return splitList(value, '--optimizers').map((name) => parseOptimizer(name, '--optimizers'));
}

/** Checks a data set name. */
export function parseDatasetName(value: string): DatasetName {
  return findDataset(value).name;
}

/** Splits a comma-separated list of names, rejecting empty and repeated ones. */
export function splitList(value: string, option: string): string[] {
  const names = value.split(',').map((name) => name.trim());
  if (names.some((name) => name === '')) {
    throw new UsageError(option, value, `${option} takes names separated by commas, such as lenet5,tiny-cnn`);
  }
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) {
    throw new UsageError(option, value, `${option} names ${repeated} twice; name each once`);
  }
  return names;
}

/**
 * The value of an option the command cannot run without. Checked in the action rather than with
 * commander's `requiredOption`, which reports a missing option before an unknown one: `train --modle x`
 * must name `--modle`, not ask for `--model`.
 */
export function requireOption<T>(value: T | undefined, flag: string, command: string, hint: string): T {
  if (value === undefined) {
    throw new UsageError(flag, undefined, `${command} needs ${flag}: ${hint}`, `no ${flag}`);
  }
  return value;
}
