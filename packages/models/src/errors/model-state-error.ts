import { ModelsError } from './models-error';

/** An operation was called in a state that does not allow it, e.g. `add` after `build` or `apply` after `dispose`. */
export class ModelStateError extends ModelsError {
  /** Name of the model or layer. */
  readonly target: string;
  /** The operation that was refused, e.g. `'add'`. */
  readonly operation: string;
  /** The state that refused it, e.g. `'built'`. */
  readonly state: string;

  constructor(target: string, operation: string, advice: string, state: string) {
    super(`Cannot ${operation} on ${target}; ${advice}. Received: state=${state}`);
    this.target = target;
    this.operation = operation;
    this.state = state;
  }
}
