import { expect } from 'chai';
import type { Case } from '../../model/case';
import type { ApiModel, Operation } from '../../model/operation';
import { DEFAULT_CONFIG } from '../../engine/config';
import { Ledger } from '../../engine/ledger';
import { ownedParams } from '../../model/topology';
import { ownershipProblem, pinPathParams, scopeProblem } from '../../engine/own-objects';
import { recordWrite } from '../../engine/record-write';
import type { Session } from '../../engine/session';
import { idempotent, isLoopbackUrl, writePolicy, writes } from '../../engine/write-policy';

const param = (name: string) => ({ name, in: 'path' as const, required: true, schema: { type: 'integer' }, style: 'simple', explode: false, allowReserved: false, examples: [] });
const op = (id: string, method: Operation['method'], path: string, extra: Partial<Operation> = {}): Operation => ({
  id, api: 'a', method, path, tags: ['t'], responses: [], security: [], deprecated: false, inferred: { filters: [] },
  parameters: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => param(m[1])), sideEffects: !['get', 'head', 'options'].includes(method), ...extra,
});

const list = op('list', 'get', '/c/{scope}/things/', { inferred: { filters: [], pagination: { kind: 'envelope', itemKey: 'pk' } } });
const create = op('create', 'post', '/c/{scope}/things/');
const update = op('update', 'put', '/c/{scope}/things/{id}/');
const remove = op('remove', 'delete', '/c/{scope}/things/{id}/');
const pull = op('pull', 'get', '/pull/', { sideEffects: true });
const api: ApiModel = { name: 'a', title: 'A', version: '1', servers: [], operations: [list, create, update, remove, pull], methodsByPath: {} };

const caseOf = (operation: Operation, pathParams: Record<string, unknown>, extra: Partial<Case> = {}): Case => ({ operation, phase: 'fuzz', mode: 'positive', pathParams, query: {}, headers: {}, cookies: {}, ...extra });
const answer = (status: number, json?: unknown) => ({ status, headers: {}, text: JSON.stringify(json ?? ''), json, truncated: false, elapsedMs: 1 });

function session(): Session {
  return { ledger: new Ledger(), config: { ...DEFAULT_CONFIG, pathValues: { scope: ['1'] } } } as unknown as Session;
}

describe('engine/write-policy', () => {
  it('knows loopback hosts', () => {
    for (const url of ['http://127.0.0.1:8000', 'http://127.8.9.10/', 'http://localhost:3000/api', 'http://[::1]:8000', 'http://app.localhost/']) expect(isLoopbackUrl(url), url).to.equal(true);
    for (const url of ['https://staging.example.com', 'http://10.0.0.5:8000', 'http://192.0.2.2:80', 'http://[fd00::2]:80', 'http://128.0.0.1/']) expect(isLoopbackUrl(url), url).to.equal(false);
  });

  it('counts writes by method and by the document\'s side-effect mark', () => {
    expect(writes(list)).to.equal(false);
    expect(writes(create)).to.equal(true);
    expect(writes(pull)).to.equal(true);
    expect(writes(list, 'POST')).to.equal(true);
    expect(writes(update, 'get')).to.equal(false);
  });

  it('retries only idempotent requests', () => {
    expect(idempotent(list)).to.equal(true);
    expect(idempotent(update)).to.equal(true);
    expect(idempotent(remove)).to.equal(true);
    expect(idempotent(create)).to.equal(false);
    expect(idempotent(pull), 'a GET with side effects').to.equal(false);
    expect(idempotent(list, 'patch')).to.equal(false);
  });

  it('sends writes to loopback, only own objects with --allow-writes elsewhere, none otherwise', () => {
    expect(writePolicy('http://127.0.0.1:1', false)).to.deep.equal({ allowed: true, ownObjectsOnly: false });
    expect(writePolicy('https://staging.example.com', true)).to.deep.equal({ allowed: true, ownObjectsOnly: true });
    const refused = writePolicy('https://staging.example.com', false);
    expect(refused.allowed).to.equal(false);
    expect(refused.reason).to.equal('writes are not sent to staging.example.com, which is not a loopback address (pass --allow-writes to send them)');
  });
});

describe('engine/ledger and own objects', () => {
  it('finds the path parameters that name created objects', () => {
    expect(ownedParams(api, update)).to.deep.equal([{ param: 'id', collection: '/c/{scope}/things/' }]);
    expect(ownedParams(api, create)).to.deep.equal([]);
  });

  it('records a create with its key and remover, and a DELETE that named it removes it', () => {
    const s = session();
    recordWrite(s, api, caseOf(create, { scope: 1 }), 'post', answer(201, { pk: 7 }));
    recordWrite(s, api, caseOf(create, { scope: 1 }), 'post', answer(400, { pk: 8 }));
    expect(s.ledger.entries).to.have.length(1);
    expect(s.ledger.entries[0]).to.include({ collection: '/c/{scope}/things/', param: 'id', key: 7, deleteOperationId: 'remove', removed: false });
    // Same key in another scope, or a negative case with a broken path: says nothing about our object.
    recordWrite(s, api, caseOf(remove, { scope: 2, id: 7 }), 'delete', answer(404));
    recordWrite(s, api, caseOf(remove, { scope: 'x', id: 7 }, { mutation: { keyword: 'type', location: 'path', pointer: '/scope', original: 1, value: 'x', description: '' } }), 'delete', answer(404));
    expect(s.ledger.remaining()).to.have.length(1);
    recordWrite(s, api, caseOf(remove, { scope: 1, id: 7 }), 'delete', answer(204));
    expect(s.ledger.remaining()).to.have.length(0);
  });

  it('allows a write only at own objects inside --path-param scopes', () => {
    const s = session();
    recordWrite(s, api, caseOf(create, { scope: 1 }), 'post', answer(201, { pk: 7 }));
    expect(ownershipProblem(s, api, caseOf(update, { scope: 1, id: 7 }))).to.equal(undefined);
    expect(ownershipProblem(s, api, caseOf(update, { scope: 1, id: 8 }))).to.equal('id=8 is not an object this run created');
    expect(ownershipProblem(s, api, caseOf(update, { scope: 2, id: 7 }))).to.equal('scope=2 is not a --path-param value');
    expect(ownershipProblem(s, api, caseOf(create, { scope: 1 }))).to.equal(undefined);
  });

  it('pins every path parameter but a negative case\'s broken one', () => {
    const values = { scope: [1], id: [7] };
    expect(pinPathParams(caseOf(update, { scope: 3, id: 99 }), values).pathParams).to.deep.equal({ scope: 1, id: 7 });
    const broken = caseOf(update, { scope: 3, id: 'x' }, { mode: 'negative', mutation: { keyword: 'type', location: 'path', pointer: '/id', original: 1, value: 'x', description: '' } });
    expect(pinPathParams(broken, values).pathParams).to.deep.equal({ scope: 1, id: 'x' });
  });
});

describe('engine/own-objects: own objects stay in their scope', () => {
  // `{channel_id}` scopes the collection and its items carry `channel`: the scope-like body field.
  const scoped = op('put', 'put', '/ch/{channel_id}/things/{id}/', { inferred: { filters: [], scope: { param: 'channel_id', property: 'channel' } } });
  const scopedCreate = op('post', 'post', '/ch/{channel_id}/things/', { inferred: { filters: [], scope: { param: 'channel_id', property: 'channel' } } });
  const scopedApi: ApiModel = { name: 'a', title: 'A', version: '1', servers: [], operations: [scopedCreate, scoped], methodsByPath: {} };
  const body = (value: unknown) => ({ body: { value, mediaType: 'application/json' } });

  it('pins the body\'s scope field to the path\'s value, also in negative cases that break another field', () => {
    const boundary = caseOf(scoped, { channel_id: 9, id: 1 }, body({ channel: -2147483648, name: 'x' }));
    expect(pinPathParams(boundary, { channel_id: [1], id: [7] }).body?.value).to.deep.equal({ channel: 1, name: 'x' });
    const other = caseOf(scoped, { channel_id: 9, id: 1 }, { ...body({ channel: 5, name: 3 }), mode: 'negative', mutation: { keyword: 'type', location: 'body', pointer: '/name', original: 'x', value: 3, description: '' } });
    expect(pinPathParams(other, { channel_id: [1], id: [7] }).body?.value).to.deep.equal({ channel: 1, name: 3 });
    // A body without the field gets none added.
    expect(pinPathParams(caseOf(scoped, { channel_id: 9, id: 1 }, body({ name: 'x' })), { channel_id: [1] }).body?.value).to.deep.equal({ name: 'x' });
  });

  it('refuses a write whose body names another scope, unless it is the scope check\'s deliberate probe', () => {
    const broken = caseOf(scoped, { channel_id: 1, id: 7 }, { ...body({ channel: 'x' }), mode: 'negative', mutation: { keyword: 'type', location: 'body', pointer: '/channel', original: 1, value: 'x', description: '' } });
    expect(pinPathParams(broken, { channel_id: [1], id: [7] }).body?.value, 'the broken field is the negative case').to.deep.equal({ channel: 'x' });
    expect(scopeProblem(broken)).to.equal('its body names channel="x", not the path\'s channel_id=1, which could move the object out of the run\'s scope');
    expect(scopeProblem(caseOf(scoped, { channel_id: 1, id: 7 }, body({ channel: 1 })))).to.equal(undefined);
    expect(scopeProblem(caseOf(scoped, { channel_id: 1, id: 7 }, { ...body({ channel: 2 }), crossScope: true }))).to.equal(undefined);
  });

  it('follows an object the server reports in another scope, so cleanup aims at where it is', () => {
    const s = session();
    recordWrite(s, scopedApi, caseOf(scopedCreate, { channel_id: 1 }), 'post', answer(201, { id: 7, channel: 1 }));
    expect(s.ledger.entries[0].lastSeen).to.equal('/ch/1/things/7/');
    recordWrite(s, scopedApi, caseOf(scoped, { channel_id: 1, id: 7 }), 'put', answer(200, { id: 7, channel: 2 }));
    expect(s.ledger.entries[0].scope).to.deep.equal({ channel_id: 2 });
    expect(s.ledger.entries[0].lastSeen).to.equal('/ch/2/things/7/');
    // A create answered in another scope is written down there.
    recordWrite(s, scopedApi, caseOf(scopedCreate, { channel_id: 1 }), 'post', answer(201, { id: 8, channel: 3 }));
    expect(s.ledger.entries[1].lastSeen).to.equal('/ch/3/things/8/');
  });

  it('a 404 to a DELETE does not count as removed (the object may live elsewhere)', () => {
    const s = session();
    recordWrite(s, api, caseOf(create, { scope: 1 }), 'post', answer(201, { pk: 7 }));
    recordWrite(s, api, caseOf(remove, { scope: 1, id: 7 }), 'delete', answer(404));
    expect(s.ledger.remaining()).to.have.length(1);
  });
});
