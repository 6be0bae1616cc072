import type { LocatedFile } from '@digitlab/datasets';
import { plural } from '../text/plural';

/** Where a lab's data came from: embedded in @digitlab/datasets, generated, or read from files. */
export type DataSource =
  | { readonly kind: 'embedded' }
  | { readonly kind: 'generated'; readonly seed: number }
  | { readonly kind: 'files'; readonly files: readonly LocatedFile[] };

const originWords: Record<LocatedFile['origin'], (folder: string) => string> = {
  dir: (folder) => `read from ${folder} (--data-dir)`,
  DIGITLAB_DATA_DIR: (folder) => `read from ${folder} ($DIGITLAB_DATA_DIR)`,
  system: (folder) => `read from ${folder} (installed by a system package)`,
  cache: (folder) => `read from the download cache ${folder}`,
  download: (folder) => `downloaded into ${folder}`,
};

const folderOf = (path: string) => path.slice(0, Math.max(path.lastIndexOf('/'), 0)) || '/';

/**
 * One line on where the data came from, e.g. `fashion-mnist: 4 files read from
 * /usr/share/datasets/fashion-mnist (installed by a system package)`.
 */
export function describeDataSource(dataset: string, source: DataSource): string {
  if (source.kind === 'embedded') return `${dataset}: embedded in @digitlab/datasets (no files read)`;
  if (source.kind === 'generated') return `${dataset}: generated with seed ${source.seed}`;
  const groups = new Map<string, number>();
  for (const file of source.files) {
    const key = originWords[file.origin](folderOf(file.path));
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const parts = [...groups].map(([words, count]) => `${plural(count, 'file')} ${words}`);
  return `${dataset}: ${parts.join('; ')}`;
}
