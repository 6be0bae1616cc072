import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultCacheDir, searchPlan } from './locate-files';

describe('defaultCacheDir and searchPlan', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('puts the cache under $XDG_CACHE_HOME/digitlab, else ~/.cache/digitlab', async () => {
    vi.stubEnv('XDG_CACHE_HOME', '/tmp/xdg');
    expect(await defaultCacheDir()).toBe('/tmp/xdg/digitlab');
    vi.stubEnv('XDG_CACHE_HOME', '');
    expect(await defaultCacheDir()).toBe(join(homedir(), '.cache', 'digitlab'));
  });

  it("reads a command's own environment when given one", async () => {
    vi.stubEnv('XDG_CACHE_HOME', '/tmp/xdg');
    expect(await defaultCacheDir({ HOME: '/home/ada' })).toBe('/home/ada/.cache/digitlab');
    expect(await defaultCacheDir({ XDG_CACHE_HOME: '/cache', HOME: '/home/ada' })).toBe('/cache/digitlab');
    expect(await defaultCacheDir({ HOME: '' })).toBe(join(homedir(), '.cache', 'digitlab'));
  });

  it('searches dir, $DIGITLAB_DATA_DIR/<id>, the system folders, then the cache, and downloads to the cache', async () => {
    vi.stubEnv('XDG_CACHE_HOME', '/tmp/xdg');
    vi.stubEnv('DIGITLAB_DATA_DIR', '/data');
    const plan = await searchPlan('mnist', '/explicit', ['/usr/share/x'], undefined);
    expect(plan).toEqual({
      dirs: ['/explicit', '/data/mnist', '/usr/share/x', '/tmp/xdg/digitlab/mnist'],
      origins: ['dir', 'DIGITLAB_DATA_DIR', 'system', 'cache'],
      downloadDir: '/tmp/xdg/digitlab/mnist',
    });
  });
});
