// @digitlab/datasets as a guide's code sees it under test: every loader notes its data set. MNIST's
// training images are not on the machines that test the docs; like the committed results, the guides'
// MNIST code runs on Fashion-MNIST (same shape, same counts).
import * as datasets from '@digitlab/datasets';
import { loaded } from './record.mjs';

export * from '@digitlab/datasets';

export function loadDigits(...args) {
  loaded('digits');
  return datasets.loadDigits(...args);
}

export function makeXor(...args) {
  loaded('xor');
  return datasets.makeXor(...args);
}

export function loadMnist(options = {}) {
  loaded('mnist');
  return datasets.loadFashionMnist({ ...options, offline: true });
}

export function loadFashionMnist(options = {}) {
  loaded('fashion-mnist');
  return datasets.loadFashionMnist({ ...options, offline: true });
}
