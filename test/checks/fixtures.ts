/** Handcrafted Operation / Case / WireResponse fixtures for the check tests, modelled on the Omnitron fragments. */
import { expect } from 'chai';
import type { Case } from '../../model/case';
import type { ApiModel, JsonSchema, MediaTypeSpec, Operation, ResponseSpec } from '../../model/operation';
import { Failure, NotApplicable, type Check, type CheckContext } from '../../checks/check';
import type { WireResponse } from '../../targets/target';

/** The FailedIntegration item as a response-direction schema (nullable already converted). */
export function failedIntegrationSchema(): { [keyword: string]: unknown } {
  return {
    type: 'object',
    properties: {
      pk: { type: 'integer' },
      channel: { type: 'integer' },
      version_date: { type: 'string', format: 'date-time' },
      reason_type: { type: 'string', enum: ['mapping', 'remote', 'channel_app'] },
      expiration_date: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
      log_id: { type: ['integer', 'null'] },
    },
    required: ['channel', 'version_date', 'reason_type'],
  };
}

/** The documented 401 body: `{detail, code}`, both optional. */
export function unauthorizedSchema(): { [keyword: string]: unknown } {
  return { type: 'object', properties: { detail: { type: 'string' }, code: { type: 'string' } } };
}

/** One JSON media type entry. */
export function json(schema?: JsonSchema, mediaType = 'application/json'): MediaTypeSpec {
  return { mediaType, schema, examples: [] };
}

/** One documented response. */
export function documented(status: string, content: MediaTypeSpec[] = []): ResponseSpec {
  return { status, description: `${status} response`, content, headers: {} };
}

/** The retrieve-by-id operation: 200 item, 401 `{detail, code}`, 404 `{detail}`, 500 without content; token-secured. */
export function makeOperation(overrides: Partial<Operation> = {}): Operation {
  return {
    id: 'failed_integration_retrieve',
    api: 'omnitron',
    method: 'get',
    path: '/api/v1/channel/{channel_id}/failed_integrations/{id}/',
    tags: [],
    parameters: [
      { name: 'channel_id', in: 'path', required: true, schema: { type: 'integer' }, style: 'simple', explode: false, allowReserved: false, examples: [] },
      { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, style: 'simple', explode: false, allowReserved: false, examples: [] },
    ],
    responses: [
      documented('200', [json(failedIntegrationSchema())]),
      documented('401', [json(unauthorizedSchema())]),
      documented('404', [json({ type: 'object', properties: { detail: { type: 'string' } } })]),
      documented('500'),
    ],
    security: [[{ key: 'Token', type: 'apiKey', in: 'header', paramName: 'Authorization' }]],
    sideEffects: false,
    deprecated: false,
    inferred: { filters: [] },
    ...overrides,
  };
}

/** A positive case for the operation, with overrides. */
export function makeCase(operation: Operation = makeOperation(), overrides: Partial<Case> = {}): Case {
  return { operation, phase: 'fuzz', mode: 'positive', pathParams: { channel_id: 1, id: 7 }, query: {}, headers: {}, cookies: {}, ...overrides };
}

/** A negative case whose body broke `reason_type`'s enum. */
export function makeNegativeCase(operation: Operation = makeOperation({ method: 'post' })): Case {
  return makeCase(operation, {
    phase: 'negative',
    mode: 'negative',
    mutation: {
      keyword: 'enum',
      location: 'body',
      pointer: '/reason_type',
      original: 'mapping',
      value: 'x',
      description: "reason_type set to 'x', not one of mapping|remote|channel_app",
    },
  });
}

/** A response; an object or array body is sent as JSON with `application/json` unless headers say otherwise. */
export function makeResponse(status: number, body?: unknown, headers: Record<string, string> = {}, elapsedMs = 5): WireResponse {
  if (body === undefined) return { status, headers, text: '', truncated: false, elapsedMs };
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const allHeaders = typeof body === 'string' ? headers : { 'content-type': 'application/json', ...headers };
  let parsed: unknown;
  let parseError: string | undefined;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    parseError = (err as Error).message;
  }
  return { status, headers: allHeaders, text, json: parsed, parseError, truncated: false, elapsedMs };
}

/** An API model holding the operations, with methodsByPath derived from them. */
export function makeApi(operations: Operation[] = [makeOperation()]): ApiModel {
  const methodsByPath: ApiModel['methodsByPath'] = {};
  for (const operation of operations) (methodsByPath[operation.path] ??= []).push(operation.method);
  return { name: 'omnitron', title: 'Omnitron API', version: '1.0.0', servers: [], operations, methodsByPath };
}

/** A check context around the API model. */
export function makeContext(overrides: Partial<CheckContext> = {}): CheckContext {
  return { api: makeApi(), ...overrides };
}

/** A valid FailedIntegration item. */
export function validItem(): Record<string, unknown> {
  return { pk: 3, channel: 1, version_date: '2024-01-02T03:04:05Z', reason_type: 'remote', expiration_date: null, log_id: null };
}

/** Runs the check and asserts it judged the response and found nothing wrong (no throw, not NotApplicable). */
export function expectPass(check: Check, response: WireResponse, testCase: Case = makeCase(), context: CheckContext = makeContext()): void {
  expect(check.appliesTo(testCase, testCase.operation), `${check.name} should apply`).to.equal(true);
  const outcome = check.run(context, response, testCase);
  expect(outcome, `${check.name} judged nothing (${outcome instanceof NotApplicable ? outcome.reason : ''}), so it must not count as a pass`).to.equal(undefined);
}

/** Runs the check and asserts it found nothing to judge in the response; returns the reason. */
export function expectNotApplicable(check: Check, response: WireResponse, testCase: Case = makeCase(), context: CheckContext = makeContext()): string {
  expect(check.appliesTo(testCase, testCase.operation), `${check.name} should apply`).to.equal(true);
  const outcome = check.run(context, response, testCase);
  expect(outcome, `${check.name} should stand aside as not applicable`).to.be.instanceOf(NotApplicable);
  return (outcome as NotApplicable).reason;
}

/** Runs the check, asserts it throws a Failure, and returns it for the message assertions. */
export function expectFailure(check: Check, response: WireResponse, testCase: Case = makeCase(), context: CheckContext = makeContext()): Failure {
  expect(check.appliesTo(testCase, testCase.operation), `${check.name} should apply`).to.equal(true);
  try {
    check.run(context, response, testCase);
  } catch (err) {
    expect(err).to.be.instanceOf(Failure);
    return err as Failure;
  }
  throw new Error(`${check.name} passed, but a failure was expected`);
}
