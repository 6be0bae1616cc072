import { describeValue, TrainerError } from './trainer-error';

/** A function was given an option outside its allowed range, e.g. `fit(..., { batchSize: 0 })`. */
export class InvalidOptionError extends TrainerError {
  /** The function that refused it, e.g. `'fit'`. */
  readonly functionName: string;
  /** The option, e.g. `'batchSize'`. */
  readonly option: string;
  /** The value received. */
  readonly value: unknown;

  constructor(functionName: string, option: string, requirement: string, value: unknown) {
    super(`${functionName}: \`${option}\` ${requirement}. Received: ${option}=${describeValue(value)}`);
    this.functionName = functionName;
    this.option = option;
    this.value = value;
  }
}
