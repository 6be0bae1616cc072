import { defaultMaxModelJsonBytes } from '@digitlab/models';
import { Option } from 'commander';
import { mebibytesOption } from './option-parsers';

/**
 * The largest `--max-model-json-mib`: model.json is read as one string, and V8's strings stop at 512 MiB
 * (`buffer.constants.MAX_STRING_LENGTH`).
 */
export const maxModelJsonMib = 512;

/** The largest `--max-input-mib`: a file is read into one buffer, and Node's stop at 4 GiB. */
export const maxInputMib = 4096;

/**
 * `--max-model-json-mib`, for the commands that load a saved model. Left out, the value stays undefined and
 * `@digitlab/models`' `fileSystem` applies its default.
 */
export function maxModelJsonOption(): Option {
  return new Option(
    '--max-model-json-mib <n>',
    `the largest model.json read, in MiB (default: ${defaultMaxModelJsonBytes / 2 ** 20}; up to ${maxModelJsonMib})`,
  ).argParser(mebibytesOption('--max-model-json-mib', maxModelJsonMib));
}
