/**
 * The trivial loopback server behind the throughput ceiling: it drains the request and answers the same small
 * JSON body, no routing, no validation. In-process like the embedded reference server, so both share one event
 * loop with the client and the ratio between them isolates what the suite and the reference server add.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const BODY = Buffer.from('{"count":0,"next":null,"previous":null,"results":[]}');

/** A listening ceiling server. */
export interface CeilingServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the ceiling server on an ephemeral 127.0.0.1 port. */
export function startCeilingServer(): Promise<CeilingServer> {
  const server = createServer((req, res) => {
    // The body (if any) must be read for the keep-alive connection to carry the next request.
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': BODY.length });
      res.end(BODY);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
