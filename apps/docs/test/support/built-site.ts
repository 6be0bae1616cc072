import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site: apps/docs/dist, written by `pnpm --filter @digitlab/docs build`. */
export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

/** Throws unless the site has been built: the browser tests test the build, never a dev server. */
export function requireBuiltSite(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `The docs site is not built: run \`pnpm --filter @digitlab/docs build\` first. Received: no ${join(distDir, 'index.html')}`,
    );
  }
}

/** Every HTML page of the build, as the URL path it is served at (e.g. `/guide/backends.html`). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html') && path !== join(distDir, '404.html')) {
        pages.push(`/${relative(distDir, path).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(distDir);
  return pages.sort();
}
