import { type OptionKeys, optionKeyChecker } from '@digitlab/spec';
import { InvalidOptionError } from '../errors/invalid-option-error';

export type { OptionKeys };

/**
 * `@digitlab/spec`'s `checkOptionKeys`, refusing with this package's {@link InvalidOptionError}: an unknown
 * key of an owner's options (a typo such as `hidden` for `hiddenSizes`) names the closest valid key.
 */
export const checkOptionKeys = /* @__PURE__ */ optionKeyChecker(
  (...refused) => new InvalidOptionError(...refused),
);
