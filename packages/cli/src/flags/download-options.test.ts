import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addDownloadOptions, downloadFlags } from './download-options';

const flagsOf = (command: Command) => command.options.map((option) => option.long);

describe('addDownloadOptions', () => {
  it('declares the data-source flags of every command that may download, --offline where it makes sense', () => {
    expect(flagsOf(addDownloadOptions(new Command('train')))).toEqual([
      '--data-dir',
      '--offline',
      '--connect-timeout',
      '--idle-timeout',
    ]);
    const fetch = addDownloadOptions(new Command('fetch'), { offline: false, dataDirHelp: 'searched first' });
    expect(flagsOf(fetch)).toEqual(['--data-dir', '--connect-timeout', '--idle-timeout']);
    expect(fetch.options[0]?.description).toBe('searched first');
  });

  it('gives the timeouts to the loaders in milliseconds and refuses values out of range', () => {
    const command = addDownloadOptions(new Command('train').exitOverride());
    command.parse(['--connect-timeout', '2.5', '--idle-timeout', '90'], { from: 'user' });
    expect(downloadFlags(command.opts())).toEqual({ connectTimeoutMs: 2500, idleTimeoutMs: 90_000 });
    expect(() => command.parse(['--idle-timeout', '0'], { from: 'user' })).toThrow(
      '--idle-timeout takes a number of seconds from 0.1 to 3600',
    );
  });
});
