import { type OptionKeys, optionKeyChecker } from '@digitlab/spec';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';

export type { OptionKeys };

/** `@digitlab/spec`'s `checkOptionKeys`, refusing an unknown key with this package's {@link InvalidArgumentError}. */
export const checkOptionKeys = /* @__PURE__ */ optionKeyChecker(
  (functionName, key, requirement, value, hint) =>
    new InvalidArgumentError(`options.${key}`, value, `${functionName}: \`${key}\` ${requirement}`, hint),
);
