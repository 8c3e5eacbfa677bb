import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP proxy that forwards nothing: it records the host of every request a browser tries
 * to make through it and answers 502, so a test browser pointed at it cannot reach the network
 * and the test can see what it tried.
 */
export interface RequestTrap {
  port: number;
  /** `host:port` for tunnels (HTTPS), the absolute URL for plain HTTP, in arrival order. */
  attempts: string[];
  close(): Promise<void>;
}

export async function startRequestTrap(): Promise<RequestTrap> {
  const attempts: string[] = [];
  const server = createServer((request, response) => {
    attempts.push(request.url ?? '');
    response.writeHead(502, { connection: 'close' }).end();
  });
  server.on('connect', (request, socket) => {
    attempts.push(request.url ?? '');
    // The browser may reset the tunnel as it gives up; that is expected, not an error.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
