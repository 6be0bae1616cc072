import { Option } from 'commander';
import { cliBackends, defaultCliBackend } from '../training/cli-backends';
import { parseBackend } from './option-parsers';

/**
 * `--backend`, the one declaration every command that computes adds. Left out, the value stays undefined and
 * `setupCliBackend` picks its default, so the default is decided in one place.
 */
export function backendOption(): Option {
  return new Option(
    '--backend <name>',
    `tfjs backend: ${cliBackends.join(', ')} (default: ${defaultCliBackend}: tensorflow when installed, else wasm)`,
  ).argParser(parseBackend);
}
