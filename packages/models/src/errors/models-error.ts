import { DigitlabError } from '@digitlab/spec';

/**
 * Base class of every error thrown by `@digitlab/models`; catch it to handle them all. `instanceof` and
 * `ModelsError.isInstance` also recognise the errors of another installed copy of the package.
 */
export class ModelsError extends DigitlabError {
  static override readonly kind: string = '@digitlab/models';
}
