import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './run-command';
import type { WorkspacePackage } from './workspace-packages';

/** A package packed to a tarball the way `pnpm publish` would upload it. */
export interface PackedPackage {
  name: string;
  version: string;
  /** Absolute path of the workspace folder it was packed from. */
  directory: string;
  /** Absolute path of the `.tgz`. */
  tarball: string;
}

/**
 * Packs each package with `pnpm pack` (which rewrites `workspace:` ranges to real versions, as publishing
 * does) into `destination`. Packs one at a time: pnpm pack is quick and the machine is shared.
 */
export async function packPackages(
  packages: readonly WorkspacePackage[],
  destination: string,
): Promise<PackedPackage[]> {
  mkdirSync(destination, { recursive: true });
  const packed: PackedPackage[] = [];
  for (const { directory, manifest } of packages) {
    const target = join(destination, manifest.name.replace(/^@/, '').replace('/', '-'));
    mkdirSync(target);
    await runCommand('pnpm', ['pack', '--pack-destination', target], { cwd: directory });
    const [file] = readdirSync(target).filter((name) => name.endsWith('.tgz'));
    packed.push({
      name: manifest.name,
      version: manifest.version,
      directory,
      tarball: join(target, file!),
    });
  }
  return packed;
}
