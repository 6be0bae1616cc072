import { DatasetsError } from './datasets-error';

/** A function was given an option or argument outside its allowed range, e.g. `testSize: 1.5`. */
export class InvalidOptionError extends DatasetsError {
  /** The function that refused it, e.g. `'trainTestSplit'`. */
  readonly functionName: string;
  /** The option, e.g. `'testSize'`. */
  readonly option: string;
  /** The value received. */
  readonly value: unknown;

  constructor(functionName: string, option: string, requirement: string, value: unknown) {
    super(`${functionName}: \`${option}\` ${requirement}. Received: ${option}=${describe(value)}`);
    this.functionName = functionName;
    this.option = option;
    this.value = value;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${(value as Uint8Array).length})`;
  return String(value);
}
