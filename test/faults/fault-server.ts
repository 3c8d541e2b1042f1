/**
 * A loopback server that misbehaves on purpose, one way per path of fixtures/faults.yaml, and records every request
 * it sees (method, path, authorization) so tests can say what reached it.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

/** One request as the fault server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  authorization?: string;
}

/** A running fault server. */
export interface FaultServer {
  url: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** Options: where a redirect points, the token that counts as valid, and TLS material for an https server. */
export interface FaultOptions {
  redirectTo?: string;
  token?: string;
  tls?: { key: string; cert: string };
  host?: string;
  /** Delay of /slow/ in ms. */
  slowMs?: number;
}

/** The handler: a documented 401 for bad credentials, then the path's fault. */
function handler(options: FaultOptions, seen: SeenRequest[]): http.RequestListener {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    seen.push({ method: req.method ?? '', path, authorization: req.headers.authorization });
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    req.resume();
    if (options.token !== undefined && req.headers.authorization !== `Token ${options.token}`) return json(401, { detail: 'Invalid token.' });
    if (req.method !== 'GET') {
      res.writeHead(405, { 'content-type': 'application/json', allow: 'GET' }).end('{"detail":"Method not allowed."}');
      return;
    }
    switch (path) {
      case '/ok/':
        return json(200, { ok: true });
      case '/slow/': {
        const timer = setTimeout(() => json(200, { ok: true }), options.slowMs ?? 1500);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case '/reset/':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' });
        res.write('{"ok": tr');
        setTimeout(() => req.socket.destroy(), 10);
        return;
      case '/empty/':
        res.writeHead(200, { 'content-type': 'application/json' }).end();
        return;
      case '/html/':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>');
        return;
      case '/truncated/':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok": true, "items": [1, 2');
        return;
      case '/big/':
        return json(200, { ok: true, padding: 'x'.repeat(64 * 1024) });
      case '/redirect/':
        res.writeHead(302, { location: options.redirectTo ?? 'http://127.0.0.2:9/elsewhere/' }).end();
        return;
      default:
        return json(404, { detail: 'Not found.' });
    }
  };
}

/** A server that records requests and answers 200 `{}` to everything (the "other host" of a redirect). */
export function startRecorder(host = '127.0.0.1'): Promise<FaultServer> {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  return listen(server, host, 'http', seen);
}

/** Starts the fault server on an ephemeral port. */
export function startFaultServer(options: FaultOptions = {}): Promise<FaultServer> {
  const seen: SeenRequest[] = [];
  const server = options.tls ? https.createServer(options.tls, handler(options, seen)) : http.createServer(handler(options, seen));
  return listen(server, options.host ?? '127.0.0.1', options.tls ? 'https' : 'http', seen);
}

function listen(server: http.Server | https.Server, host: string, scheme: string, seen: SeenRequest[]): Promise<FaultServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`,
        seen,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
