import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route answers a path with a body, or undefined to fall through to 404. */
export type Route = (
  path: string,
  request: IncomingMessage,
) => { body: string | Buffer; type?: string; headers?: Record<string, string> } | undefined;

/** A loopback HTTP server for fixture pages. */
export interface FixtureServer {
  /** Origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** The same server under a second host name, for "another site" tests. */
  altOrigin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves fixture pages on 127.0.0.1 (and as `localhost`, a second site key). */
export async function startServer(route: Route, port = 0): Promise<FixtureServer> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    const answer = route(path, request);
    if (!answer) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': answer.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...answer.headers,
    });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${bound}`;
  return {
    origin,
    altOrigin: `http://localhost:${bound}`,
    url: (path) => origin + path,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
