import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageSearchRoots } from './package-search-roots';

const home = mkdtempSync(join(tmpdir(), 'digitlab-roots-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const base = {
  cwd: '/home/ada/project/src',
  programFolder: '/usr/lib/node_modules/@digitlab/cli/dist',
  platform: 'linux' as const,
  execPath: '/usr/bin/node',
  home,
};

describe('packageSearchRoots', () => {
  it('searches beside digitlab, the project upward, NODE_PATH, then the npm, pnpm and yarn global folders', () => {
    const roots = packageSearchRoots({
      ...base,
      env: { NODE_PATH: '/opt/a:/opt/b', PNPM_HOME: '/home/ada/.local/share/pnpm' },
    });
    expect(roots.map((root) => `${root.place}: ${root.folder}`)).toEqual([
      'beside digitlab: /usr/lib/node_modules/@digitlab/cli/dist/node_modules',
      'beside digitlab: /usr/lib/node_modules/@digitlab/cli/node_modules',
      'beside digitlab: /usr/lib/node_modules/@digitlab/node_modules',
      'beside digitlab: /usr/lib/node_modules',
      'beside digitlab: /usr/node_modules',
      'beside digitlab: /node_modules',
      'the project (from the working folder up): /home/ada/project/src/node_modules',
      'the project (from the working folder up): /home/ada/project/node_modules',
      'the project (from the working folder up): /home/ada/node_modules',
      'the project (from the working folder up): /home/node_modules',
      'the project (from the working folder up): /node_modules',
      'NODE_PATH: /opt/a',
      'NODE_PATH: /opt/b',
      // npm's default prefix is the folder above node's bin/.
      'the npm global prefix: /usr/lib/node_modules',
      'the pnpm global folder: /home/ada/.local/share/pnpm/global/5/node_modules',
      `the yarn global folder: ${home}/.config/yarn/global/node_modules`,
    ]);
  });

  it('takes the prefix from npm_config_prefix, else from the .npmrc prefix line, as npm does', () => {
    const prefixOf = (env: Record<string, string>) =>
      packageSearchRoots({ ...base, env }).find((root) => root.place === 'the npm global prefix')!.folder;
    expect(prefixOf({ npm_config_prefix: '/opt/npm' })).toBe('/opt/npm/lib/node_modules');
    writeFileSync(join(home, '.npmrc'), 'registry=https://registry.npmjs.org/\nprefix = ~/.npm-global\n');
    expect(prefixOf({})).toBe(join(home, '.npm-global/lib/node_modules'));
    const userconfig = join(home, 'other-npmrc');
    // npm's own `${VAR}` syntax, written out literally.
    writeFileSync(userconfig, `prefix="$\{TOOLS}/npm"\n`);
    expect(prefixOf({ npm_config_userconfig: userconfig, TOOLS: '/srv/tools' })).toBe(
      '/srv/tools/npm/lib/node_modules',
    );
  });

  it("uses Windows' layout there: packages straight under the prefix, which is node's own folder", () => {
    const roots = packageSearchRoots({
      ...base,
      platform: 'win32',
      execPath: 'C:\\Program Files\\nodejs\\node.exe',
      env: { LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local', npm_config_userconfig: join(home, 'none') },
    });
    const place = (name: string) => roots.find((root) => root.place === name)!.folder;
    expect(place('the npm global prefix')).toBe('C:\\Program Files\\nodejs\\node_modules');
    expect(place('the yarn global folder')).toBe(
      'C:\\Users\\ada\\AppData\\Local\\Yarn\\Data\\global\\node_modules',
    );
    expect(roots[0]!.folder).toBe(win32.join(base.programFolder, 'node_modules'));
  });
});
