import { afterAll, describe, expect, it } from 'vitest';
import { removeTemporaryFolders, runBin, temporaryFolder } from '../test-support/run-bin';

afterAll(removeTemporaryFolders);

const badUsage: [string, string[], RegExp][] = [
  [
    'an unknown model',
    ['train', '--model', 'lenet'],
    /^error: Unknown model 'lenet'\. Did you mean 'lenet5'\? Valid models: xor-mlp, perceptron, .*scratch-mlp\. Received: --model "lenet"$/m,
  ],
  [
    'an unknown data set',
    ['train', '--model', 'lenet5', '--dataset', 'fashion'],
    /Unknown dataset 'fashion'\. Did you mean 'fashion-mnist'\? Valid datasets: xor, digits, mnist, fashion-mnist\./,
  ],
  [
    'an unknown optimizer',
    ['train', '--model', 'mlp', '--optimizer', 'adamw'],
    /Unknown optimizer 'adamw'\. Did you mean 'adam'\? Valid optimizers: sgd, adagrad, adadelta, rmsprop, adam, adamax\./,
  ],
  [
    'an unknown backend',
    ['lab', 'xor', '--backend', 'webgl'],
    /Unknown backend 'webgl'\. Did you mean 'wasm'\? Valid backends: auto, tensorflow, wasm, cpu\./,
  ],
  [
    'an unknown engine',
    ['lab', 'xor', '--engine', 'fast'],
    /Unknown engine 'fast'\. .*Valid engines: auto, fused, tfjs\./,
  ],
  [
    'a bad thread count',
    ['lab', 'xor', '--threads', '0'],
    /--threads takes a whole number from 1 to 64\. Received: --threads "0"$/m,
  ],
  [
    'an unknown lab',
    ['lab', 'lenet'],
    /Unknown lab 'lenet'\. Did you mean 'lenet5'\? Valid labs: xor, digits-perceptron, /,
  ],
  [
    'an unknown command',
    ['trian'],
    /^error: Unknown command 'trian'\. Did you mean 'train'\? Valid commands: run, train, lab, /m,
  ],
  [
    'an unknown command followed by options of the command meant',
    ['trian', '--model', 'lenet5'],
    /^error: Unknown command 'trian'\. Did you mean 'train'\?/m,
  ],
  [
    'an unknown datasets subcommand',
    ['datasets', 'lst'],
    /^error: Unknown command 'lst'\. Did you mean 'list'\? Valid commands: list, info, fetch\./m,
  ],
  [
    'an unknown option',
    ['models', '--jsn'],
    /^error: Unknown option '--jsn' for digitlab models\. Did you mean '--json'\? Run 'digitlab models --help' to see its options\. Received: --jsn$/m,
  ],
  [
    'an unknown option like none of the valid ones',
    ['models', '--colour'],
    /^error: Unknown option '--colour' for digitlab models\. Run 'digitlab models --help' to see its options\. Received: --colour$/m,
  ],
  [
    'a misspelt option, before the option it stands for is missed',
    ['train', '--modle', 'lenet5'],
    /^error: Unknown option '--modle' for digitlab train\. Did you mean '--model'\?/m,
  ],
  [
    'an unknown option with a value',
    ['lab', 'xor', '--epoch=3'],
    /^error: Unknown option '--epoch' for digitlab lab\. Did you mean '--epochs'\?/m,
  ],
  [
    'a missing option',
    ['summary'],
    /^error: digitlab summary needs --model: one of xor-mlp, .*Received: no --model$/m,
  ],
  ['a missing argument', ['evaluate'], /^error: missing required argument 'folder'$/m],
  ['a missing lab name', ['lab'], /Name a lab or all: xor, .*\. Received: no lab name$/m],
  [
    'a bad number',
    ['train', '--model', 'mlp', '--epochs', '0'],
    /--epochs takes a whole number from 1 to 100000\. Received: --epochs "0"$/m,
  ],
  [
    'a bad fraction',
    ['run', '--validation-split', '1.5'],
    /--validation-split takes a fraction .*Received: --validation-split "1.5"$/m,
  ],
  [
    'a model whose input does not fit the data set',
    ['train', '--model', 'mnist-cnn', '--dataset', 'digits'],
    /Model mnist-cnn takes inputs of shape \[28, 28, 1\] but digits samples have shape \[8, 8, 1\]; use a model made for digits \(perceptron, one-stage-cnn\) or another --dataset\. Received: model input \[28, 28, 1\], digits sample \[8, 8, 1\]$/m,
  ],
  [
    'a model that does not fit in a comparison',
    ['compare', '--models', 'perceptron,xor-mlp'],
    /Model xor-mlp takes inputs of shape \[2\] but digits samples have shape \[8, 8, 1\]/,
  ],
  [
    'a lab moved to a data set its model does not fit',
    ['lab', 'mnist-cnn', '--dataset', 'digits'],
    /Model mnist-cnn takes inputs of shape \[28, 28, 1\] but digits samples have shape \[8, 8, 1\]/,
  ],
  ['a model named twice in a comparison', ['compare', '--models', 'mlp,mlp'], /--models names mlp twice/],
  [
    'an input limit of no mebibytes',
    ['predict', 'model', 'digit.png', '--max-input-mib', '0'],
    /--max-input-mib takes a whole number from 1 to 4096\. Received: --max-input-mib "0"$/m,
  ],
  [
    'a model.json limit past what a string can hold',
    ['evaluate', 'model', '--max-model-json-mib', '513'],
    /--max-model-json-mib takes a whole number from 1 to 512\. Received: --max-model-json-mib "513"$/m,
  ],
  [
    'a connect timeout of no time',
    ['train', '--model', 'mlp', '--connect-timeout', '0'],
    /--connect-timeout takes a number of seconds from 0\.1 to 3600, such as 30\. Received: --connect-timeout "0"$/m,
  ],
  [
    'an idle timeout that is not a number',
    ['datasets', 'fetch', 'mnist', '--idle-timeout', 'soon'],
    /--idle-timeout takes a number of seconds from 0\.1 to 3600, such as 30\. Received: --idle-timeout "soon"$/m,
  ],
  [
    'an idle timeout past an hour, on evaluate',
    ['evaluate', 'model', '--idle-timeout', '3601'],
    /--idle-timeout takes a number of seconds .*Received: --idle-timeout "3601"$/m,
  ],
  [
    'a timeout on compare, lab and datasets info',
    ['compare', '--models', 'mlp', '--connect-timeout', '-1'],
    /--connect-timeout takes a number of seconds/,
  ],
];

describe('bad usage exits with code 2 and says what to type', () => {
  it.each(badUsage)('%s', async (_case, args, message) => {
    const result = await runBin(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).not.toContain('Run folder');
  });

  it('every error has the one lowercase prefix and only one line of it', async () => {
    for (const args of [['trian'], ['models', '--colour'], ['evaluate'], ['lab', 'nope']]) {
      const { stderr } = await runBin(args);
      expect(stderr.match(/error:/gi)).toEqual(['error:']);
    }
  });

  it('with --json also prints the error as a JSON document on stdout', async () => {
    const result = await runBin(['train', '--model', 'lenet', '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      error: {
        name: 'UnknownNameError',
        exitCode: 2,
        message: expect.stringContaining("Did you mean 'lenet5'?"),
      },
    });
  });
});

describe('failures exit with code 1', () => {
  it('a folder without a model names what it looked for, without a stack trace', async () => {
    const result = await runBin(['evaluate', 'no-such-run']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: No saved model in no-such-run: expected model\/model\.json .* Received: path="no-such-run"\n$/,
    );
  });

  it('--debug adds the stack trace', async () => {
    const result = await runBin(['evaluate', 'no-such-run', '--debug']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ModelNotFoundError: No saved model[^\n]*\n\s+at /);
  });

  it('a backend that is not installed says where it looked and exactly what to install', async () => {
    const empty = temporaryFolder();
    const result = await runBin(
      ['train', '--model', 'perceptron', '--backend', 'tensorflow', '--epochs', '1'],
      // Nothing of the machine's own global installs may leak in.
      { env: { npm_config_prefix: empty, NODE_PATH: '', PNPM_HOME: '', XDG_CONFIG_HOME: empty } },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("No usable tfjs backend for 'tensorflow'");
    expect(result.stderr).toContain(
      '@tensorflow/tfjs-node-gpu: not installed: looked in beside digitlab, the project (from the working ' +
        'folder up), the npm global prefix, the yarn global folder',
    );
    expect(result.stderr).toContain('npm install -g @tensorflow/tfjs-node-gpu');
    expect(result.stderr).toContain('CUDA 11.2 and cuDNN 8.1');
    expect(result.stderr).toContain('npm install -g @tensorflow/tfjs-node.');
  });
});
