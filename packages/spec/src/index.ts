export { describeValue } from './errors/describe-value';
export { DigitlabError, type ErrorDetails, errorBrand } from './errors/digitlab-error';
export { type InvalidOptionDetails, InvalidOptionError, optionDetails } from './errors/invalid-option-error';
export {
  type PackageInvalidOptionError,
  type PackageOptionErrorClass,
  packageOptionError,
} from './errors/package-option-error';
export { nodeBuiltin, requireNodeBuiltin } from './node/node-builtin';
export { NodeOnlyError } from './node/node-only-error';
export {
  checkOptionKeys,
  type OptionKeys,
  optionKeyChecker,
  type RefuseOption,
} from './options/check-option-keys';
export { closestName } from './options/closest-name';
export { levenshtein } from './options/levenshtein';
export { golden32, mix32 } from './seeds/mix32';
export { childSeed, deriveSeed, randomSeed, type SeedStream, seedStreams } from './seeds/seed-streams';
