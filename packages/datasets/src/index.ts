export { createRandom, type Random, type RandomState } from './random';
