import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A proxy on loopback that forwards nothing: every request sent to it is recorded and refused. */
export interface ProxyTrap {
  port: number;
  close(): Promise<void>;
}

/**
 * Starts a proxy that answers every request with 502 and every tunnel (`CONNECT`, for https
 * and wss) by closing it, after recording it in `record` (`<url> (proxy)` or
 * `<host>:<port> (proxy tunnel)`). A browser told to use it for
 * every address but loopback can reach nothing off the machine, whatever part of it asks (a
 * background page is no browsing context, so BiDi's interception never sees its requests).
 */
export async function startProxyTrap(record: (url: string) => void): Promise<ProxyTrap> {
  const server: Server = createServer((request, response) => {
    record(`${request.url ?? ''} (proxy)`);
    response.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test harness');
  });
  server.on('connect', (request, socket) => {
    record(`${request.url ?? ''} (proxy tunnel)`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
