import { DigitlabError } from '@digitlab/spec';

/**
 * Base class of every error thrown by `@digitlab/trainer`; catch it to handle them all. `instanceof` and
 * `TrainerError.isInstance` also recognise the errors of another installed copy of the package.
 */
export class TrainerError extends DigitlabError {
  static override readonly kind: string = '@digitlab/trainer';
}
