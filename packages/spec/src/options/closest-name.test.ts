import { describe, expect, it } from 'vitest';
import { closestName } from './closest-name';
import { levenshtein } from './levenshtein';

const models = [
  'xor-mlp',
  'perceptron',
  'one-stage-cnn',
  'mnist-cnn',
  'dropout-cnn',
  'lenet5',
  'mlp',
  'scratch-mlp',
];

describe('levenshtein', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['lenet', 'lenet5', 1],
    ['adam', 'adam', 0],
    ['gumbo', 'gambol', 2],
  ])('%s → %s is %i edits (the textbook values)', (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
    expect(levenshtein(b, a)).toBe(distance);
  });
});

describe('closestName', () => {
  it('finds the name a typo came from', () => {
    expect(closestName('lenet', models)).toBe('lenet5');
    expect(closestName('preceptron', models)).toBe('perceptron');
    expect(closestName('MLP', models)).toBe('mlp');
    expect(closestName('digitz', ['xor', 'digits', 'mnist', 'fashion-mnist'])).toBe('digits');
  });

  it('prefers a name that starts with what was typed', () => {
    expect(closestName('fashion', ['xor', 'digits', 'mnist', 'fashion-mnist'])).toBe('fashion-mnist');
  });

  it('breaks ties by order and has no answer without candidates', () => {
    expect(closestName('xx', ['ab', 'cd'])).toBe('ab');
    expect(closestName('anything', [])).toBeUndefined();
  });

  it('gives no answer beyond maxDistance edits', () => {
    expect(closestName('--modle', ['--model', '--dataset'], 2)).toBe('--model');
    expect(closestName('--bogus', ['--debug', '--json'], 2)).toBeUndefined();
  });
});
