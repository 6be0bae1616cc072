import { DigitlabError } from '@digitlab/spec';

/**
 * Base class of every error thrown by `@digitlab/datasets`; catch it to handle them all. `instanceof` and
 * `DatasetsError.isInstance` also recognise the errors of another installed copy of the package.
 */
export class DatasetsError extends DigitlabError {
  static override readonly kind: string = '@digitlab/datasets';
}
