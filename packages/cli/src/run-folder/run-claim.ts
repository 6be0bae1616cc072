import { readdirSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors/usage-error';
import { checkFolderFree } from './staged-folder';

/** A run folder claimed by this process: its staging folder holds the lock, the run's record and checkpoints. */
export interface RunClaim {
  /** The run folder to write at the end. */
  readonly folder: string;
  /** `<parent>/.<name>.staging/`: the lock, run.json and checkpoint.json while the run lasts. */
  readonly staging: string;
  /** The checkpoint written after every epoch. */
  readonly checkpoint: string;
  /** Epochs saved in the checkpoint so far (updated as they are saved). */
  epochsKept: number;
  /** The checkpoint save in progress, which a signal handler lets finish before it cleans up. */
  saving?: Promise<void> | undefined;
  /** Set when the process is stopping: no further checkpoint is started. */
  stopping?: boolean;
}

/** The staging folder of a run folder: hidden, beside it, so it is on the same file system. */
export function stagingFolder(folder: string): string {
  return join(dirname(folder), `.${basename(folder)}.staging`);
}

/** The claims of this process, released (lock files removed) by {@link releaseClaimsSync} on a signal. */
const active = new Set<RunClaim>();

/** The process that holds a staging folder's lock, or undefined when none is alive. */
export async function lockHolder(staging: string): Promise<number | undefined> {
  const pid = Number(await readFile(join(staging, 'lock'), 'utf8').catch(() => ''));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

/** Creates the parent folders, turning a system error into a usage error that names the path and option. */
async function makeParent(path: string, option: string): Promise<void> {
  await mkdir(path, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(
      option,
      path,
      `Cannot create ${path} (${error.code}); choose a writable ${option}`,
      `${option} ${path}`,
    );
  });
}

/**
 * Claims `folder` for a new run before any data loads: it must be free, its parent writable, and no other run
 * may be using it. A live run's lock refuses at once; an interrupted run's staging folder is reported with how
 * to resume or discard it. `resume` takes over an interrupted run's staging folder instead.
 */
export async function claimRunFolder(folder: string, option = '--out', resume = false): Promise<RunClaim> {
  await makeParent(dirname(folder), option);
  await checkFolderFree(folder, option);
  const staging = stagingFolder(folder);
  const created = await mkdir(staging).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw new UsageError(
        option,
        folder,
        `Cannot write beside ${folder} (${error.code}); choose a writable ${option}`,
      );
    },
  );
  const holder = created ? undefined : await lockHolder(staging);
  if (holder !== undefined) {
    throw new UsageError(
      option,
      folder,
      `Another digitlab run (pid ${holder}) is writing ${folder}; wait for it or choose another ${option}`,
    );
  }
  if (!created && !resume) {
    throw new UsageError(
      option,
      folder,
      `${folder} has an interrupted run kept in ${staging}; resume it with \`digitlab resume ${folder}\`, ` +
        `or delete ${staging} to start again`,
    );
  }
  await writeFile(join(staging, 'lock'), String(process.pid));
  // Temporary checkpoint files of a run killed while saving one.
  for (const name of await readdir(staging)) {
    if (name.endsWith('.tmp')) await rm(join(staging, name), { force: true });
  }
  const claim = { folder, staging, checkpoint: join(staging, 'checkpoint.json'), epochsKept: 0 };
  active.add(claim);
  return claim;
}

/** Gives up a claim: the lock goes; with `discard` the whole staging folder too (the run is written or empty). */
export async function releaseClaim(claim: RunClaim, discard: boolean): Promise<void> {
  active.delete(claim);
  await rm(discard ? claim.staging : join(claim.staging, 'lock'), { recursive: true, force: true });
}

/**
 * For a signal handler, before {@link releaseClaimsSync}: starts no further checkpoint and waits for the one
 * being saved, whose temporary file a file system call already under way could otherwise create after the
 * clean-up.
 */
export async function settleClaims(): Promise<void> {
  for (const claim of active) claim.stopping = true;
  await Promise.all([...active].map((claim) => claim.saving?.catch(() => undefined)));
}

/**
 * For a signal handler about to exit: releases every claim (a staging folder without a checkpoint is removed,
 * one with a checkpoint is kept for `digitlab resume`) and returns them all.
 */
export function releaseClaimsSync(): RunClaim[] {
  const released = [...active];
  for (const claim of active) {
    if (claim.epochsKept === 0) {
      rmSync(claim.staging, { recursive: true, force: true });
      continue;
    }
    // The lock goes, and a checkpoint half-saved when the signal came (the previous one is intact).
    for (const name of readdirSync(claim.staging)) {
      if (name === 'lock' || name.endsWith('.tmp')) rmSync(join(claim.staging, name), { force: true });
    }
  }
  active.clear();
  return released;
}
