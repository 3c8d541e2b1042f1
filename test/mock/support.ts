/** Shared helpers for the mock server's tests: a known key and an app built with it. */
import request from 'supertest';
import { createMockApp, type MockApp, type MockOptions } from '../../mock/server';

/** The key every test app accepts. */
export const TEST_TOKEN = 'test-key-0123456789';

/** Headers that authenticate with TEST_TOKEN. */
export const AUTH = { Authorization: `Token ${TEST_TOKEN}` };

/** A fresh app (own seeded data) that accepts TEST_TOKEN, plus a supertest agent bound to it. */
export function testApp(options: MockOptions = {}): MockApp & { agent: ReturnType<typeof request> } {
  const app = createMockApp({ tokens: [TEST_TOKEN], ...options });
  return { ...app, agent: request(app.handler) };
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
