import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startStaticServer } from './support/static-server';

describe('startStaticServer', () => {
  const root = mkdtempSync(join(tmpdir(), 'docs-server-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'guide'));
  writeFileSync(join(root, 'index.html'), 'home');
  writeFileSync(join(root, '404.html'), 'not found');
  writeFileSync(join(root, 'guide', 'a.html'), 'page a');
  writeFileSync(join(root, 'x.wasm'), new Uint8Array([0, 97, 115, 109]));

  it('serves a build on 127.0.0.1 as a static host does', async () => {
    const server = await startStaticServer(root);
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const get = async (path: string) => {
        const response = await fetch(server.origin + path);
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          body: await response.text(),
        };
      };
      expect(await get('/')).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: 'home' });
      expect((await get('/guide/a.html')).body).toBe('page a');
      expect((await get('/guide/a')).body).toBe('page a');
      expect((await get('/x.wasm')).type).toBe('application/wasm');
      expect(await get('/missing.html')).toMatchObject({ status: 404, body: 'not found' });
      expect(await get('/%2e%2e/%2e%2e/etc/passwd')).toMatchObject({ status: 404, body: 'not found' });
    } finally {
      await server.close();
    }
  });
});
