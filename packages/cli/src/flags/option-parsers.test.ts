import { describe, expect, it } from 'vitest';
import { UnknownNameError } from '../errors/unknown-name-error';
import { UsageError } from '../errors/usage-error';
import {
  fractionOption,
  integerOption,
  parseDatasetName,
  parseModelList,
  parseOptimizer,
  positiveOption,
} from './option-parsers';

describe('option parsers', () => {
  it('integerOption takes whole numbers from the minimum to the maximum', () => {
    const epochs = integerOption('--epochs', 1, 100);
    expect(epochs('12')).toBe(12);
    expect(epochs('100')).toBe(100);
    for (const bad of ['0', '1.5', 'x', '', '-3', '101', '1e9']) {
      expect(() => epochs(bad)).toThrow(UsageError);
    }
    expect(() => epochs('0')).toThrow('--epochs takes a whole number from 1 to 100. Received: --epochs "0"');
  });

  it('positiveOption and fractionOption check their ranges', () => {
    expect(positiveOption('--learning-rate')('1e-3')).toBe(0.001);
    expect(() => positiveOption('--learning-rate')('0')).toThrow(UsageError);
    expect(fractionOption('--validation-split')('0')).toBe(0);
    expect(fractionOption('--validation-split')('0.1')).toBe(0.1);
    expect(() => fractionOption('--validation-split')('1')).toThrow(UsageError);
  });

  it('names are checked against the catalogs', () => {
    expect(parseOptimizer('adadelta')).toBe('adadelta');
    expect(parseDatasetName('fashion-mnist')).toBe('fashion-mnist');
    expect(() => parseDatasetName('cifar')).toThrow(UnknownNameError);
    expect(parseModelList('lenet5, tiny-cnn')).toEqual(['lenet5', 'tiny-cnn']);
    let error: unknown;
    try {
      parseModelList('lenet5,lenet');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ kind: 'model', option: '--models', value: 'lenet', closest: 'lenet5' });
    expect(() => parseModelList('lenet5,,mlp')).toThrow(UsageError);
    expect(() => parseModelList('mlp,mlp')).toThrow('--models names mlp twice');
  });
});
