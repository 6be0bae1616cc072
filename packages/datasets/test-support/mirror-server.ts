import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How a mirror answers one request: serve bytes, fail with a status, cut the connection mid-body, never answer
 * (`silent`), or send the headers and `after` bytes and then nothing more while keeping the connection (`stall`).
 */
export type Answer =
  | { readonly kind: 'serve'; readonly bytes: Uint8Array }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'cut'; readonly bytes: Uint8Array; readonly after: number }
  | { readonly kind: 'silent' }
  | { readonly kind: 'stall'; readonly bytes: Uint8Array; readonly after: number };

/**
 * A real HTTP server on 127.0.0.1 with several mirrors under /<mirror>/<file>. `answer` decides each response
 * from the mirror, the file and how many times that URL was requested before.
 */
export async function startMirrorServer(
  answer: (mirror: string, file: string, previousRequests: number) => Answer,
) {
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    const previous = requests.filter((seen) => seen === url).length;
    requests.push(url);
    const [, mirror = '', file = ''] = url.split('/');
    const reply = answer(mirror, file, previous);
    if (reply.kind === 'silent') return;
    if (reply.kind === 'status') {
      response.writeHead(reply.status).end();
      return;
    }
    response.writeHead(200, {
      'content-length': reply.bytes.length,
      'content-type': 'application/octet-stream',
    });
    if (reply.kind === 'serve') {
      response.end(reply.bytes);
      return;
    }
    response.write(reply.bytes.subarray(0, reply.after), () => {
      if (reply.kind === 'cut') setTimeout(() => response.socket?.destroy(), 10);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The base URL of a mirror. */
    mirror: (name: string) => `http://127.0.0.1:${port}/${name}/`,
    /** Request paths received, in order. */
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
