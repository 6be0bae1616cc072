import { describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io';
import { Output } from './output';

function io(isTTY = false) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const value: CliIo = {
    stdout: { isTTY, write: (text: string) => stdout.push(text) },
    stderr: { isTTY, write: (text: string) => stderr.push(text) },
    env: {},
    cwd: '/',
    now: () => new Date(0),
  };
  return { value, stdout, stderr };
}

describe('Output', () => {
  it('prints results on stdout and narration and progress on stderr', () => {
    const { value, stdout, stderr } = io();
    const output = new Output(value, { json: false, quiet: false, color: true });
    output.say('story');
    output.result('result');
    output.progress('epoch');
    output.document({ ignored: true });
    expect(stdout).toEqual(['result\n']);
    expect(stderr).toEqual(['story\n', 'epoch\n']);
  });

  it('with --json keeps stdout for the one document; narration and progress stay on stderr', () => {
    const { value, stdout, stderr } = io();
    const output = new Output(value, { json: true, quiet: false, color: true });
    output.say('story');
    output.result('result');
    output.progress('epoch');
    output.document({ values: Float32Array.of(0.5, 1) });
    expect(stdout).toEqual(['{\n  "values": [\n    0.5,\n    1\n  ]\n}\n']);
    expect(stderr).toEqual(['story\n', 'epoch\n']);
  });

  it('with --quiet prints results and errors only', () => {
    const { value, stdout, stderr } = io();
    const output = new Output(value, { json: false, quiet: true, color: true });
    output.say('story');
    output.progress('epoch');
    output.warn('careful');
    output.result('result');
    output.error('broken');
    expect(stdout).toEqual(['result\n']);
    expect(stderr).toEqual(['error: broken\n']);
  });

  it('colours only terminals, and never when colour is off', () => {
    expect(new Output(io(true).value, { json: false, quiet: false, color: true }).colors.red('x')).toBe(
      '\x1b[31mx\x1b[39m',
    );
    expect(new Output(io(false).value, { json: false, quiet: false, color: true }).colors.red('x')).toBe('x');
    expect(new Output(io(true).value, { json: false, quiet: false, color: false }).colors.red('x')).toBe('x');
  });
});
