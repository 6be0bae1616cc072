import picocolors from 'picocolors';
import type { Colors } from 'picocolors/types.js';
import type { CliIo, OutputStream } from './cli-io';

/** How a command reports: the global flags, resolved. */
export interface OutputMode {
  /** `--json`: stdout gets one JSON document instead of the human-readable results. */
  readonly json: boolean;
  /** `--quiet`: no progress and no narration; results and errors only. */
  readonly quiet: boolean;
  /** False with `--no-color` or a non-empty `NO_COLOR`; colours also need a terminal. */
  readonly color: boolean;
}

/** Colours for a stream: only on a terminal, and only when colour is allowed. */
function colorsFor(stream: OutputStream, allowed: boolean): Colors {
  return picocolors.createColors(allowed && stream.isTTY === true);
}

/**
 * Where each kind of text goes (clig.dev): results (scores, reports, tables, the run folder) go to stdout,
 * replaced by the one JSON document with `--json`; narration (what is being done, progress, warnings) and
 * errors go to stderr in every mode, so `digitlab > results.txt` keeps the results only.
 */
export class Output {
  readonly mode: OutputMode;
  /** Colours for stdout text. */
  readonly colors: Colors;
  /** Colours for stderr text. */
  readonly errorColors: Colors;
  readonly #io: CliIo;

  constructor(io: CliIo, mode: OutputMode) {
    this.#io = io;
    this.mode = mode;
    this.colors = colorsFor(io.stdout, mode.color);
    this.errorColors = colorsFor(io.stderr, mode.color);
  }

  /** Narration: what the command is doing, on stderr; dropped by `--quiet`. Colour it with `errorColors`. */
  say(text = ''): void {
    if (!this.mode.quiet) this.#io.stderr.write(`${text}\n`);
  }

  /** The command's human-readable result; kept by `--quiet`, replaced by the document with `--json`. */
  result(text: string): void {
    if (!this.mode.json) this.#io.stdout.write(`${text}\n`);
  }

  /** The stream progress goes to (stderr), or undefined with `--quiet`. */
  get progressStream(): OutputStream | undefined {
    return this.mode.quiet ? undefined : this.#io.stderr;
  }

  /** Colours for the progress stream. */
  get progressColors(): Colors {
    return this.errorColors;
  }

  /** One line of progress. */
  progress(line: string): void {
    this.progressStream?.write(`${line}\n`);
  }

  /** A warning on stderr (dropped by `--quiet`). */
  warn(text: string): void {
    if (!this.mode.quiet) this.#io.stderr.write(`${this.errorColors.yellow('warning:')} ${text}\n`);
  }

  /** An error on stderr, always. */
  error(text: string): void {
    this.#io.stderr.write(`${this.errorColors.red('error:')} ${text}\n`);
  }

  /** The `--json` document on stdout (nothing without `--json`). */
  document(value: unknown): void {
    if (this.mode.json) this.#io.stdout.write(`${JSON.stringify(value, jsonReplacer, 2)}\n`);
  }
}

/** Typed arrays become plain arrays in JSON (JSON.stringify would write them as objects keyed by index). */
export function jsonReplacer(_key: string, value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as Uint8Array);
  return value;
}
