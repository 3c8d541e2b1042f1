/**
 * Serves a directory on loopback for the browser test: the Allure report loads its data with fetch, which
 * Chromium refuses over file://, so the report is opened the way a CI artifact viewer or `allure open` serves it.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain' };

/** Serves `root` read-only on 127.0.0.1; resolves with its URL and a close function. */
export function serveDirectory(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const wanted = path.resolve(base, `.${decodeURIComponent((req.url ?? '/').split('?')[0])}`);
    const file = wanted.endsWith(path.sep) || wanted === base ? path.join(wanted, 'index.html') : wanted;
    if (!file.startsWith(base) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  })));
}
