/**
 * The reference server on a non-loopback address of this machine (so the run treats it as shared staging),
 * recording every request with its status and, for creates, the key of the object made.
 */
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { createMockHandler } from '../../mock/server';

/** One request the server answered. */
export interface Recorded {
  method: string;
  path: string;
  status: number;
  /** The JSON body of a POST's answer, when it parsed. */
  body?: Record<string, unknown>;
}

/** A running recording mock. */
export interface RecordingMock {
  url: string;
  log: Recorded[];
  close(): Promise<void>;
}

/** This machine's first non-internal IPv4 address, or undefined (then a shared target cannot be simulated). */
export function externalAddress(): string | undefined {
  return Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
}

/** Starts the mock on `host` with the given token. */
export function startRecordingMock(host: string, token: string): Promise<RecordingMock> {
  const log: Recorded[] = [];
  const mock = createMockHandler({ tokens: [token] });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) chunks.push(Buffer.from(chunk as string));
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
      return end(chunk, ...rest);
    }) as typeof res.end;
    res.on('finish', () => {
      const entry: Recorded = { method: req.method ?? '', path: (req.url ?? '').split('?')[0], status: res.statusCode };
      if (req.method === 'POST') {
        try {
          entry.body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        } catch {
          // not JSON: no key to record
        }
      }
      log.push(entry);
    });
    mock(req, res);
  });
  return new Promise((resolve) => {
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        log,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
