/**
 * Entry of a worker thread that serves the reference server (`cli/embedded-server.ts` starts it), so that during a
 * run the server's request handling runs on another core than the client's generation and validation.
 * Protocol: workerData `{ token }`; posts `{ url, pathValues }` once listening (or `{ error }`); on the message
 * `'close'` closes the server and posts `'closed'`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startMockServer } from './server';
import { SEEDED_PATH_VALUES } from './data/seed';

/** What the parent sends in workerData. */
export interface ServerThreadData {
  token: string;
}

/** What the thread posts once listening, or when it could not start. */
export type ServerThreadReady = { url: string; pathValues: Record<string, string[]> } | { error: string };

const port = parentPort;
if (port) {
  const { token } = workerData as ServerThreadData;
  startMockServer({ port: 0, host: '127.0.0.1', tokens: [token] }).then(
    (server) => {
      port.postMessage({ url: server.url, pathValues: { ...SEEDED_PATH_VALUES } } satisfies ServerThreadReady);
      port.on('message', (message: unknown) => {
        if (message !== 'close') return;
        server.close().finally(() => {
          port.postMessage('closed');
          port.close();
        });
      });
    },
    (err: unknown) => port.postMessage({ error: err instanceof Error ? err.message : String(err) } satisfies ServerThreadReady),
  );
}
