#!/usr/bin/env node
import { runCli } from './cli/run-cli';
import { exitCodes } from './errors/cli-error';
import { removeUnfinishedFolders } from './run-folder/staged-folder';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`digitlab models | head -3`) means the reader has seen enough.
    if (error.code === 'EPIPE') process.exit(exitCodes.success);
    throw error;
  });
}

process.once('SIGINT', () => {
  removeUnfinishedFolders();
  // Show the cursor and re-enable line wrapping, which the live progress bar turns off while it draws.
  if (process.stdout.isTTY) process.stdout.write('\x1b[?25h\x1b[?7h\n');
  process.exit(130);
});

process.exitCode = await runCli(process.argv.slice(2));
