import { DownloadError } from '@digitlab/datasets';
import { DigitlabError } from '@digitlab/spec';
import { describe, expect, it } from 'vitest';
import { CliError, exitCodes } from './cli-error';
import { describeError } from './describe-error';
import { InputShapeError } from './input-shape-error';
import { MissingDataError } from './missing-data-error';
import { ModelNotFoundError } from './model-not-found-error';
import { UnknownNameError } from './unknown-name-error';
import { UsageError } from './usage-error';

describe('the CLI errors', () => {
  it('UnknownNameError lists the valid names and the closest one, and is a usage error', () => {
    const error = new UnknownNameError('optimizer', '--optimizer', 'adm', ['sgd', 'adam', 'adamax']);
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toBeInstanceOf(CliError);
    expect(CliError.isInstance(error) && DigitlabError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'UnknownNameError',
      kind: 'optimizer',
      option: '--optimizer',
      value: 'adm',
      valid: ['sgd', 'adam', 'adamax'],
      closest: 'adam',
      exitCode: exitCodes.usage,
    });
    expect(error.message).toBe(
      "Unknown optimizer 'adm'. Did you mean 'adam'? Valid optimizers: sgd, adam, adamax. Received: --optimizer \"adm\"",
    );
  });

  it('InputShapeError names both shapes and the models that fit', () => {
    const error = new InputShapeError('lenet5', [28, 28, 1], 'digits', [8, 8, 1], ['perceptron']);
    expect(error).toMatchObject({
      modelName: 'lenet5',
      modelShape: [28, 28, 1],
      dataset: 'digits',
      sampleShape: [8, 8, 1],
      exitCode: 2,
    });
    expect(error.message).toMatch(
      /use a model made for digits \(perceptron\).*Received: model input \[28, 28, 1\], digits sample \[8, 8, 1\]$/,
    );
  });

  it('MissingDataError and ModelNotFoundError are failures (exit code 1) that end with what was received', () => {
    const missing = new MissingDataError(
      'mnist',
      ['a.gz', 'b.gz'],
      ['/data/mnist'],
      '/home/me/.cache/digitlab/mnist',
    );
    expect(missing).toMatchObject({
      dataset: 'mnist',
      missing: ['a.gz', 'b.gz'],
      searched: ['/data/mnist'],
      exitCode: 1,
    });
    expect(missing.message).toContain(
      'Put a.gz, b.gz (gzipped or not) in /home/me/.cache/digitlab/mnist or in a folder you pass as --data-dir <folder>',
    );
    expect(missing.message).toMatch(/Received: missing=\[a\.gz, b\.gz\], searched=\[\/data\/mnist\]$/);
    const notFound = new ModelNotFoundError('runs/x');
    expect(notFound).toMatchObject({ name: 'ModelNotFoundError', path: 'runs/x', exitCode: 1 });
    expect(notFound.message).toMatch(/Received: path="runs\/x"$/);
  });

  it('describeError words a failed download with the CLI flag and the real cache folder', () => {
    const attempt = { url: 'https://example.org/a.gz', error: new Error('fetch failed') };
    const description = describeError(new DownloadError('a.gz', [attempt], '/home/me/.cache/digitlab/mnist'));
    expect(description).toEqual({
      name: 'DownloadError',
      exitCode: 1,
      message:
        'Could not download a.gz. Check the network, or put the file yourself in /home/me/.cache/digitlab/mnist ' +
        'or in a folder you pass as --data-dir <folder> (or set DIGITLAB_DATA_DIR). ' +
        'Received: 1 failed attempt (https://example.org/a.gz: fetch failed)',
    });
    expect(description.message).not.toContain('mirrors');
  });

  it('UsageError may describe what was received in its own words', () => {
    expect(new UsageError('<name>', undefined, 'Name a lab', 'no lab name').message).toBe(
      'Name a lab. Received: no lab name',
    );
    expect(new UsageError('--epochs', 'x', 'Bad').message).toBe('Bad. Received: --epochs "x"');
  });
});
