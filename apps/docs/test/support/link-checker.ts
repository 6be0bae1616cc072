import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { resolveFile } from './static-server';

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
  /** The page it is on, as a URL path. */
  readonly page: string;
  /** The link as written. */
  readonly href: string;
  readonly reason: 'missing page' | 'missing anchor';
}

/** What a crawl found. */
export interface LinkReport {
  readonly pages: number;
  /** Internal links and resource references checked. */
  readonly checked: number;
  /** Distinct links to other sites (not fetched: the tests run offline). */
  readonly external: readonly string[];
  readonly broken: readonly BrokenLink[];
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};
const decodeEntities = (text: string) =>
  text.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => entities[entity]!);

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The `id` and `name` anchors of a page. */
function anchorsOf(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of html.matchAll(/\s(?:id|name)="([^"]*)"/g)) anchors.add(decodeEntities(match[1]!));
  return anchors;
}

/**
 * Crawls every HTML file under `root` and checks each internal `href` and `src` (pages, scripts,
 * styles, images, the wasm binaries) against the files, and each `#anchor` against the ids of the page
 * it points to, as a static server would resolve them.
 */
export function checkLinks(root: string): LinkReport {
  const files = htmlFiles(root);
  const html = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let found = anchorCache.get(file);
    if (found === undefined)
      anchorCache.set(file, (found = anchorsOf(html.get(file) ?? readFileSync(file, 'utf8'))));
    return found;
  };
  const broken: BrokenLink[] = [];
  const external = new Set<string>();
  let checked = 0;
  for (const file of files) {
    const page = `/${relative(root, file).split(sep).join('/')}`;
    const base = new URL(page, 'http://site.invalid');
    for (const match of html.get(file)!.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const href = decodeEntities(match[1]!);
      if (href === '' || /^(?:mailto|javascript|data):/.test(href)) continue;
      const url = new URL(href, base);
      if (url.origin !== base.origin) {
        external.add(url.href);
        continue;
      }
      checked++;
      const target = resolveFile(root, url.pathname);
      if (target === undefined) {
        broken.push({ page, href, reason: 'missing page' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor !== '' && target.endsWith('.html') && !anchors(target).has(anchor)) {
        broken.push({ page, href, reason: 'missing anchor' });
      }
    }
  }
  return { pages: files.length, checked, external: [...external].sort(), broken };
}
