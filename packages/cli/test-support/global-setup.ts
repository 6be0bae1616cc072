import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

function newestSource(folder: string): number {
  return Math.max(
    ...readdirSync(folder, { withFileTypes: true }).map((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    }),
  );
}

function builtAt(): number {
  try {
    return statSync(join(packageRoot, 'dist', 'bin.js')).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The end-to-end tests run the built `dist/bin.js`, as users do. Turbo builds the package before its
 * tests (packages/cli/turbo.json); when the tests are run directly and dist is missing or older than
 * src, this builds it first so they never test stale code.
 */
export default function setup(): void {
  if (builtAt() > newestSource(join(packageRoot, 'src'))) return;
  const require = createRequire(import.meta.url);
  const tsupPackage = require.resolve('tsup/package.json');
  const bin = (JSON.parse(readFileSync(tsupPackage, 'utf8')) as { bin: Record<string, string> }).bin.tsup!;
  execFileSync(process.execPath, [join(dirname(tsupPackage), bin)], { cwd: packageRoot, stdio: 'inherit' });
}
