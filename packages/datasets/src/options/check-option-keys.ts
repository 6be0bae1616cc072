import { type OptionKeys, optionKeyChecker } from '@digitlab/spec';
import { InvalidOptionError } from '../errors/invalid-option-error';

export type { OptionKeys };

/** `@digitlab/spec`'s `checkOptionKeys`, refusing an unknown key with this package's {@link InvalidOptionError}. */
export const checkOptionKeys = /* @__PURE__ */ optionKeyChecker(
  (...refused) => new InvalidOptionError(...refused),
);
