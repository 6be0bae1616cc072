import { type OptionKeys, optionKeyChecker } from '@digitlab/spec';
import { InvalidOptionError } from '../errors/invalid-option-error';

export type { OptionKeys };

/**
 * `@digitlab/spec`'s `checkOptionKeys`, refusing an unknown key with the CLI's {@link InvalidOptionError}
 * (a usage error: exit code 2 when it reaches the command line), as every other digitlab package does.
 */
export const checkOptionKeys = /* @__PURE__ */ optionKeyChecker(
  (functionName, option, requirement, value) =>
    new InvalidOptionError(functionName, option, requirement, value),
);
