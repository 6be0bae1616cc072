import { describe, expect, it } from 'vitest';
import { closestMatch } from './closest-match';

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

describe('closestMatch', () => {
  it('finds the name a typo came from', () => {
    expect(closestMatch('lenet', models)).toBe('lenet5');
    expect(closestMatch('preceptron', models)).toBe('perceptron');
    expect(closestMatch('MLP', models)).toBe('mlp');
    expect(closestMatch('digitz', ['xor', 'digits', 'mnist', 'fashion-mnist'])).toBe('digits');
  });

  it('prefers a name that starts with what was typed', () => {
    expect(closestMatch('fashion', ['xor', 'digits', 'mnist', 'fashion-mnist'])).toBe('fashion-mnist');
  });

  it('breaks ties by order and has no answer without candidates', () => {
    expect(closestMatch('xx', ['ab', 'cd'])).toBe('ab');
    expect(closestMatch('anything', [])).toBeUndefined();
  });

  it('gives no answer beyond maxDistance edits', () => {
    expect(closestMatch('--modle', ['--model', '--dataset'], 2)).toBe('--model');
    expect(closestMatch('--bogus', ['--debug', '--json'], 2)).toBeUndefined();
  });
});
