#!/usr/bin/env node
import { exitCodes } from './errors/cli-error';
import { runCli } from './program/run-cli';
import { onInterrupt } from './run-folder/interrupt';
import { settleClaims } from './run-folder/run-claim';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`digitlab models | head -3`) means the reader has seen enough.
    if (error.code === 'EPIPE') process.exit(exitCodes.success);
    throw error;
  });
}

// 128 + the signal's number, as shells report a process a signal ended.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    // Show the cursor and re-enable line wrapping, which the live progress bar turns off while it draws.
    if (process.stdout.isTTY) process.stdout.write('\x1b[?25h\x1b[?7h\n');
    // A checkpoint being saved finishes first, so that no half-written file outlives the clean-up.
    void settleClaims().finally(() => {
      process.stderr.write(onInterrupt(signal, process.cwd()));
      process.exit(code);
    });
  });
}

process.exitCode = await runCli(process.argv.slice(2));
