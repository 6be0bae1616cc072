import { describe, expect, it } from 'vitest';
import { cliVersion } from '../about/package-info';
import type { CliIo } from '../io/cli-io';
import { createProgram } from './create-program';
import { runCli } from './run-cli';

function io(env: Record<string, string> = {}, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    stdout: { isTTY, write: (text: string) => out.push(text) },
    stderr: { isTTY, write: (text: string) => err.push(text) },
    env,
    cwd: '/nonexistent',
    now: () => new Date(0),
  };
  return { value, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('runCli', () => {
  it('returns 0 for --version and --help, printing them on stdout', async () => {
    const version = io();
    expect(await runCli(['--version'], version.value)).toBe(0);
    expect(version.stdout()).toBe(`${cliVersion}\n`);
    const help = io();
    expect(await runCli(['lab', '--help'], help.value)).toBe(0);
    expect(help.stdout()).toContain('Usage: digitlab lab [options] [name]');
    expect(help.stdout()).toMatch(/mnist-two-conv-cnn +two-conv-cnn +1,199,882/);
  });

  it('returns 2 for bad usage, with the message on stderr and nothing thrown', async () => {
    const run = io();
    expect(await runCli(['train', '--model', 'lenett'], run.value)).toBe(2);
    expect(run.stderr()).toMatch(/^error: Unknown model 'lenett'\. Did you mean 'lenet5'\?/);
    expect(run.stdout()).toBe('');
  });

  it('returns 2 for an unknown option or a missing argument, with a JSON document under --json', async () => {
    const run = io();
    expect(await runCli(['models', '--no-such-flag', '--json'], run.value)).toBe(2);
    expect(run.stderr()).toMatch(/^error: Unknown option '--no-such-flag' for digitlab models\./);
    expect(JSON.parse(run.stdout())).toMatchObject({
      ok: false,
      error: { name: 'UnknownOptionError', exitCode: 2 },
    });
    const missing = io();
    expect(await runCli(['predict', 'runs/x', '--json'], missing.value)).toBe(2);
    expect(missing.stderr()).toBe("error: missing required argument 'input'\n");
    expect(JSON.parse(missing.stdout())).toMatchObject({
      ok: false,
      error: { name: 'UsageError', message: "missing required argument 'input'", exitCode: 2 },
    });
  });

  it('returns 0 for help, as a command too', async () => {
    for (const args of [['help'], ['help', 'predict'], ['predict', '--help']]) {
      const run = io();
      expect(await runCli(args, run.value)).toBe(0);
      expect(run.stdout()).toMatch(/^Usage: digitlab/);
      expect(run.stderr()).toBe('');
    }
  });

  it('declares --backend once: every command that computes has the same option, with no default of its own', () => {
    const options = createProgram(io().value).commands.flatMap((command) =>
      command.options.filter((option) => option.long === '--backend').map((option) => ({ command, option })),
    );
    expect(options.map(({ command }) => command.name()).sort()).toEqual(
      ['compare', 'evaluate', 'lab', 'predict', 'run', 'train'].sort(),
    );
    for (const { option } of options) {
      expect(option.description).toBe(options[0]!.option.description);
      // Left out, it stays undefined: setupCliBackend applies the one default.
      expect(option.defaultValue).toBeUndefined();
    }
    expect(options[0]!.option.description).toMatch(
      /^tfjs backend: auto, tensorflow, wasm, cpu \(default: auto:/,
    );
  });

  it('returns 1 for failures', async () => {
    const run = io();
    expect(await runCli(['evaluate', 'missing-run'], run.value)).toBe(1);
    expect(run.stderr()).toMatch(/^error: No saved model in missing-run/);
  });

  it('colours errors on a terminal unless NO_COLOR is set', async () => {
    const coloured = io({}, true);
    await runCli(['lab', 'nope'], coloured.value);
    expect(coloured.stderr()).toContain('\x1b[31merror:\x1b[39m');
    const plain = io({ NO_COLOR: '1' }, true);
    await runCli(['lab', 'nope'], plain.value);
    expect(plain.stderr()).toMatch(/^error: Unknown lab/);
  });
});
