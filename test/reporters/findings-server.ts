/**
 * The server of test/reporters/fixtures/findings.yaml, broken on purpose (or not, with `fixed`): `/same/` answers
 * `id` as a string to every request (one cause); `/split/` breaks `id` for odd `n` and `name` for even `n` (two).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running fixture server. */
export interface FindingsServer {
  url: string;
  /** Requests answered so far. */
  requests: number;
  close(): Promise<void>;
}

/** Starts the server on a free loopback port; `fixed` answers every request as documented. */
export function startFindingsServer(options: { fixed?: boolean } = {}): Promise<FindingsServer> {
  const state = { requests: 0 };
  const server = http.createServer((req, res) => {
    req.resume();
    state.requests++;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return json(405, { detail: 'method not allowed' });
    if (url.pathname === '/same/') return json(200, options.fixed ? { id: 1, name: 'a' } : { id: 'one', name: 'a' });
    if (url.pathname === '/split/') {
      const n = Number(url.searchParams.get('n'));
      if (!Number.isInteger(n) || n < 0 || n > 1000) return json(400, { detail: 'n must be an integer in 0..1000' });
      if (options.fixed) return json(200, { id: n, name: 'a' });
      return json(200, n % 2 === 1 ? { id: String(n), name: 'a' } : { id: n, name: n });
    }
    json(404, { detail: 'not found' });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    resolve({
      url,
      get requests() { return state.requests; },
      close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
    });
  }));
}
