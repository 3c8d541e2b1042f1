/** Shared helpers for the mock server's tests: a known key and an app built with it. */
import type { ServerResponse } from 'node:http';
import request from 'supertest';
import type { RecordedResponse } from '../support/spec-conformance';
import { createMockApp, type MockApp, type MockOptions } from '../../mock/server';

/** The key every test app accepts. */
export const TEST_TOKEN = 'test-key-0123456789';

/** Headers that authenticate with TEST_TOKEN. */
export const AUTH = { Authorization: `Token ${TEST_TOKEN}` };

/** Every response the reference server gave through `testApp` in this process (judged after all tests). */
export const recordedResponses: RecordedResponse[] = [];

/** Wraps a request listener so every response it writes is recorded with its body. */
function recording(handler: MockApp['handler']): MockApp['handler'] {
  return (req, res) => {
    const chunks: Buffer[] = [];
    const headers: Record<string, string> = {};
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    // writeHead(status, headers) bypasses getHeaders(), so its headers are captured here.
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const given = rest.find((arg) => typeof arg === 'object' && arg !== null) as Record<string, unknown> | undefined;
      for (const [name, value] of Object.entries(given ?? {})) headers[name.toLowerCase()] = String(value);
      return writeHead(status, ...rest);
    }) as ServerResponse['writeHead'];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown): void => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => (keep(chunk), write(chunk, ...rest))) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => (keep(chunk), end(chunk, ...rest))) as ServerResponse['end'];
    res.on('finish', () => {
      for (const [name, value] of Object.entries(res.getHeaders())) headers[name] ??= String(value);
      recordedResponses.push({ method: req.method ?? 'GET', url: req.url ?? '/', status: res.statusCode, headers, text: Buffer.concat(chunks).toString('utf8') });
    });
    handler(req, res);
  };
}

/** A fresh app (own seeded data) that accepts TEST_TOKEN, plus a supertest agent bound to it; responses are recorded. */
export function testApp(options: MockOptions = {}): MockApp & { agent: ReturnType<typeof request> } {
  const app = createMockApp({ tokens: [TEST_TOKEN], ...options });
  // Responses of deliberately overridden pipelines are not the reference server's: not recorded.
  const handler = options.overrides ? app.handler : recording(app.handler);
  return { ...app, handler, agent: request(handler) };
}

/** The path of an image list operation under the given prefix (`/api` or `/api/v1`). */
export function imagesPath(channel: number | string, suffix = '', prefix = '/api'): string {
  return `${prefix}/channel/${channel}/cancellation_request_images/${suffix}`;
}

/** The path of the failed-integration collection or one of its items. */
export function failedPath(channel: number | string, id?: number | string): string {
  return `/api/v1/channel/${channel}/failed_integrations/${id === undefined ? '' : `${id}/`}`;
}

/** A valid failed-integration body. */
export function validFailedIntegration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { channel: 1, version_date: '2024-02-03T04:05:06.123456Z', reason_type: 'remote', content_type: 14, object_id: 4242, ...overrides };
}
