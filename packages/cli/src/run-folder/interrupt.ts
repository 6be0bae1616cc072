import { displayPath } from '../io/command-context';
import { releaseClaimsSync } from './run-claim';
import { removeUnfinishedFolders } from './staged-folder';

/**
 * What to do and say when a signal ends the CLI: half-written folders are removed, run folders released (a
 * staging folder with checkpointed epochs is kept for `digitlab resume`, one without is removed), and the
 * returned text tells what was kept and how to continue.
 */
export function onInterrupt(signal: string, cwd: string): string {
  removeUnfinishedFolders();
  const released = releaseClaimsSync();
  if (released.length === 0) return `Stopped by ${signal}.\n`;
  const kept = released.filter((claim) => claim.epochsKept > 0);
  if (kept.length === 0) return `Stopped by ${signal} before an epoch was completed; nothing to keep.\n`;
  return kept
    .map(
      (claim) =>
        `Stopped by ${signal}; kept ${claim.epochsKept} completed epoch(s) in ${displayPath(claim.staging, cwd)}. ` +
        `Finish the run with: digitlab resume ${displayPath(claim.folder, cwd)}\n`,
    )
    .join('');
}
