import { TrainerError } from './trainer-error';

/** A supplementary kernel got inputs it does not support, e.g. channels-first data on wasm. */
export class KernelInputError extends TrainerError {
  /** The tfjs kernel, e.g. `'Conv2DBackpropFilter'`. */
  readonly kernelName: string;
  /** The backend it runs on, e.g. `'wasm'`. */
  readonly backendName: string;

  constructor(kernelName: string, backendName: string, requirement: string, received: string) {
    super(`${kernelName} on ${backendName} ${requirement}. Received: ${received}`);
    this.kernelName = kernelName;
    this.backendName = backendName;
  }
}
