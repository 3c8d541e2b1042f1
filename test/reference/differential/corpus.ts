/**
 * The differential corpus: the suite's own generated cases for every operation (examples, boundaries, a few fuzz and
 * negative cases) plus a fixed set of edge requests. Reads come first, then the pull, then writes, deletes last, so
 * that both servers, seeded alike, see the same history.
 */
import fc from 'fast-check';
import { boundaryCases, exampleCases, negativeCaseArbitrary, negativeCasesPossible, positiveCaseArbitrary } from '../../../generators/cases';
import { buildApiModel } from '../../../model/build';
import type { WireRequest } from '../../../model/case';
import { serializeCase } from '../../../generators/params/serialize';
import { loadBundledApi } from '../../../spec/load';

/** One request of the corpus, named so a difference can be reported and replayed. */
export interface CorpusRequest {
  name: string;
  request: WireRequest;
}

const TOKEN = 'conformance-dev-token';
const AUTH = { Authorization: `Token ${TOKEN}` };
// Existing objects of the shared seed: channel 1 holds image 8 and failed integration 1; reason 1 exists after a pull.
const PATH_VALUES = { channel_id: [1], id: [8, 1], pk: [1] };
const JSON_TYPE = { 'Content-Type': 'application/json' };

const FAILED = '/api/v1/channel/1/failed_integrations/';
const IMAGES = '/api/channel/1/cancellation_request_images/';
const REASONS = '/api/v1/oms/cancellation-reasons/';
const VALID_BODY = '"channel":1,"version_date":"2024-01-01T00:00:00Z","reason_type":"remote","content_type":14';
const BIG = { '2^31': '2147483648', '2^53+1': '9007199254740993', '2^64': '18446744073709551616' } as const;

function edge(name: string, method: string, path: string, extra: { headers?: Record<string, string>; body?: string } = {}): CorpusRequest {
  return { name: `edge: ${name}`, request: { method, path, headers: { ...AUTH, ...(extra.headers ?? {}) }, ...(extra.body === undefined ? {} : { body: extra.body }) } };
}

/** The fixed edge requests, grouped as they are sent: reads, then writes. */
export function edgeRequests(): { reads: CorpusRequest[]; writes: CorpusRequest[] } {
  const reads: CorpusRequest[] = [];
  const lists = { 'failed list': FAILED, 'image list': IMAGES, 'inserts/': `${IMAGES}inserts/`, 'reason list': REASONS };
  for (const [label, list] of Object.entries(lists)) {
    for (const value of ['abc', '0', '-1', '1.5', '', '99999999999999999999', '1000']) {
      reads.push(edge(`${label} page=${value}`, 'GET', `${list}?page=${value}`));
      reads.push(edge(`${label} limit=${value}`, 'GET', `${list}?limit=${value}`));
    }
    reads.push(edge(`${label} unknown query parameter`, 'GET', `${list}?unknown_param=1`));
  }
  for (const [label, value] of Object.entries(BIG)) {
    reads.push(edge(`channel_id ${label} in path`, 'GET', `/api/v1/channel/${value}/failed_integrations/`));
    reads.push(edge(`image channel_id ${label} in path`, 'GET', `/api/channel/${value}/cancellation_request_images/`));
    reads.push(edge(`id ${label} in path`, 'GET', `${FAILED}${value}/`));
    reads.push(edge(`reason pk ${label} in path`, 'GET', `${REASONS}${value}/`));
    reads.push(edge(`uploaded_by ${label} filter`, 'GET', `${IMAGES}?uploaded_by=${value}`));
    reads.push(edge(`channel ${label} filter`, 'GET', `${FAILED}?channel=${value}`));
  }
  for (const value of ['1.5', 'abc', '-1', '']) {
    reads.push(edge(`uploaded_by=${value}`, 'GET', `${IMAGES}?uploaded_by=${value}`));
    reads.push(edge(`channel=${value}`, 'GET', `${FAILED}?channel=${value}`));
  }
  reads.push(edge('existing channel filter', 'GET', `${FAILED}?channel=1`));
  reads.push(edge('attributes filter', 'GET', `${IMAGES}?attributes%5Bcolor%5D=red`));
  reads.push(edge('non-integer channel_id', 'GET', '/api/v1/channel/abc/failed_integrations/'));
  reads.push(edge('negative channel_id', 'GET', '/api/v1/channel/-1/failed_integrations/'));
  reads.push(edge('non-integer id', 'GET', `${FAILED}abc/`));
  reads.push(edge('missing trailing slash', 'GET', FAILED.slice(0, -1)));
  reads.push(edge('unknown path', 'GET', '/api/v1/nothing-here/'));
  for (const [label, path] of Object.entries({ list: FAILED, detail: `${FAILED}1/`, reasons: REASONS })) {
    for (const method of ['HEAD', 'OPTIONS', 'TRACE']) reads.push(edge(`${method} ${label}`, method, path));
  }
  const tokens: Record<string, string | undefined> = {
    'no Authorization': undefined,
    'wrong token': 'Token wrong-token',
    'keyword only': 'Token',
    'token with a space': 'Token a b',
    'Bearer scheme': `Bearer ${TOKEN}`,
    'lower-case keyword': `token ${TOKEN}`,
  };
  for (const [label, value] of Object.entries(tokens)) {
    const request: CorpusRequest = { name: `edge: ${label}`, request: { method: 'GET', path: FAILED, headers: value === undefined ? {} : { Authorization: value } } };
    reads.push(request);
  }

  const writes: CorpusRequest[] = [edge('pull', 'GET', `${REASONS}pull_from_omnitron/`), edge('reasons after the pull', 'GET', REASONS), edge('reason 1', 'GET', `${REASONS}1/`)];
  const post = (name: string, body: string | undefined, headers: Record<string, string> = JSON_TYPE) => writes.push(edge(name, 'POST', FAILED, { headers, body }));
  post('valid body', `{${VALID_BODY},"object_id":5}`);
  for (const [label, value] of Object.entries(BIG)) post(`object_id ${label} in body`, `{${VALID_BODY},"object_id":${value}}`);
  post('retry_count -1', `{${VALID_BODY},"object_id":5,"retry_count":-1}`);
  post('object_id 1.5', `{${VALID_BODY},"object_id":1.5}`);
  post('object_id as text', `{${VALID_BODY},"object_id":"abc"}`);
  post('reason_type not a choice', `{${VALID_BODY.replace('"remote"', '"other"')},"object_id":5}`);
  post('version_date not a date', `{${VALID_BODY.replace('2024-01-01T00:00:00Z', 'yesterday')},"object_id":5}`);
  post('is_active as text', `{${VALID_BODY},"object_id":5,"is_active":"maybe"}`);
  post('unknown field', `{${VALID_BODY},"object_id":5,"unknown_field":1}`);
  post('empty object', '{}');
  post('empty body', undefined);
  post('malformed JSON', '{"channel":');
  post('array body', '[]');
  post('null body', 'null');
  post('text/plain', `{${VALID_BODY},"object_id":5}`, { 'Content-Type': 'text/plain' });
  post('no content type', `{${VALID_BODY},"object_id":5}`, {});
  post('form content type', 'channel=1', { 'Content-Type': 'application/x-www-form-urlencoded' });
  writes.push(edge('PATCH empty body', 'PATCH', `${FAILED}2/`, { headers: JSON_TYPE }));
  writes.push(edge('PATCH empty object', 'PATCH', `${FAILED}2/`, { headers: JSON_TYPE, body: '{}' }));
  writes.push(edge('PATCH retry_count 2^31', 'PATCH', `${FAILED}2/`, { headers: JSON_TYPE, body: `{"retry_count":${BIG['2^31']}}` }));
  writes.push(edge('PUT empty object', 'PUT', `${FAILED}2/`, { headers: JSON_TYPE, body: '{}' }));
  writes.push(edge('POST to a detail', 'POST', `${FAILED}2/`, { headers: JSON_TYPE, body: '{}' }));
  writes.push(edge('DELETE a list', 'DELETE', FAILED));
  writes.push(edge('DELETE unknown id', 'DELETE', `${FAILED}999999/`));
  return { reads, writes };
}

const WRITE_ORDER: Record<string, number> = { GET: 0, POST: 1, PUT: 2, PATCH: 3, DELETE: 4 };

/** The generated cases of every bundled operation, serialised with a valid token (a case's own header wins). */
export async function generatedRequests(seed = 1): Promise<{ reads: CorpusRequest[]; writes: CorpusRequest[] }> {
  const all: (CorpusRequest & { order: number })[] = [];
  for (const api of ['omnitron', 'oms']) {
    const loaded = await loadBundledApi(api);
    const model = await buildApiModel(loaded.document, { name: loaded.name });
    for (const operation of model.operations) {
      const options = { pathValues: PATH_VALUES };
      const cases = [
        ...exampleCases(operation, options),
        ...boundaryCases(operation, { ...options, limit: 16 }),
        ...fc.sample(positiveCaseArbitrary(operation, options), { seed, numRuns: 4 }),
        ...(negativeCasesPossible(operation, options) ? fc.sample(negativeCaseArbitrary(operation, options), { seed, numRuns: 6 }) : []),
      ];
      const order = operation.sideEffects ? (operation.method === 'get' ? 0.5 : WRITE_ORDER[operation.method.toUpperCase()] ?? 5) : 0;
      cases.forEach((testCase, index) => {
        all.push({ name: `${operation.id} ${testCase.phase} #${index}`, request: serializeCase(testCase, { auth: AUTH }), order });
      });
    }
  }
  const sorted = all.sort((a, b) => a.order - b.order);
  const strip = ({ name, request }: CorpusRequest) => ({ name, request });
  return { reads: sorted.filter((item) => item.order === 0).map(strip), writes: sorted.filter((item) => item.order > 0).map(strip) };
}
