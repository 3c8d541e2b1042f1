import { expect } from 'chai';
import { buildApiModel } from '../../model/build';
import type { ApiModel, Operation } from '../../model/operation';
import {
  collectionPathOf,
  itemKeyProperty,
  itemKeyRule,
  itemOperation,
  itemParamUnder,
  listOf,
  ownedParams,
  topologyOf,
} from '../../model/topology';
import { writableCollectionOf } from '../../scenarios/lifecycle/collection';

type Schema = Record<string, unknown>;

const object = (properties: Record<string, Schema>): Schema => ({ type: 'object', properties });
const integer: Schema = { type: 'integer' };
const text: Schema = { type: 'string' };
const json = (schema: Schema) => ({ content: { 'application/json': { schema } } });
const envelope = (item: Schema): Schema => object({ count: integer, next: { type: 'string', nullable: true }, previous: { type: 'string', nullable: true }, results: { type: 'array', items: item } });
const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: integer });
const query = (name: string) => ({ name, in: 'query', schema: integer });

/** A collection's operations: list (envelope or array), create, and item operations on `<path>{param}/`. */
function collection(path: string, options: { item: Schema; param?: string; scopes?: string[]; list?: 'envelope' | 'array'; create?: boolean; itemMethods?: string[] }): Record<string, object> {
  const scopes = (options.scopes ?? []).map(pathParam);
  const paths: Record<string, Record<string, unknown>> = {};
  const at: Record<string, unknown> = {};
  if (options.list === 'envelope') at.get = { parameters: [...scopes, query('page'), query('limit')], responses: { 200: { description: 'page', ...json(envelope(options.item)) } } };
  if (options.list === 'array') at.get = { parameters: [...scopes, query('page'), query('limit')], responses: { 200: { description: 'rows', ...json({ type: 'array', items: options.item }) } } };
  if (options.create) at.post = { parameters: scopes, requestBody: json(options.item), responses: { 201: { description: 'made', ...json(options.item) } } };
  paths[path] = at;
  if (options.param) {
    const item: Record<string, unknown> = {};
    for (const method of options.itemMethods ?? ['get', 'put', 'patch', 'delete']) {
      item[method] = {
        parameters: [...scopes, pathParam(options.param)],
        ...(method === 'put' || method === 'patch' ? { requestBody: json(options.item) } : {}),
        responses: method === 'delete' ? { 204: { description: 'gone' } } : { 200: { description: 'one', ...json(options.item) } },
      };
    }
    paths[`${path}{${options.param}}/`] = item;
  }
  return paths;
}

async function model(...collections: Record<string, object>[]): Promise<ApiModel> {
  const document = { openapi: '3.0.3', info: { title: 'fixture', version: '1' }, paths: Object.assign({}, ...collections) };
  return buildApiModel(document, { name: 'fixture' });
}

function op(api: ApiModel, method: Operation['method'], path: string): Operation {
  const found = api.operations.find((operation) => operation.method === method && operation.path === path);
  if (!found) throw new Error(`no ${method} ${path}`);
  return found;
}

describe('model/topology', () => {
  describe('the item key rule', () => {
    it('prefers id, then pk, then uuid', () => {
      expect(itemKeyRule(['name', 'pk', 'id'])).to.equal('id');
      expect(itemKeyRule(['uuid', 'pk'])).to.equal('pk');
      expect(itemKeyRule(['uuid', 'order_id'])).to.equal('uuid');
    });
    it('then the item parameter the items carry, then the only *_id, else none', () => {
      expect(itemKeyRule(['object_id', 'log_id'], 'log_id')).to.equal('log_id');
      expect(itemKeyRule(['row_id', 'sku'])).to.equal('row_id');
      expect(itemKeyRule(['rowId', 'sku'])).to.equal('rowId');
      // Two foreign-key-like names: which one names the item is a guess, so none is taken.
      expect(itemKeyRule(['object_id', 'log_id'], 'row')).to.equal(undefined);
      expect(itemKeyRule(['paid', 'valid'])).to.equal(undefined);
    });
  });

  describe('item paths', () => {
    it('names the parameter of an item path directly under a collection', () => {
      expect(itemParamUnder('/api/v1/channel/{channel_id}/failed_integrations/', '/api/v1/channel/{channel_id}/failed_integrations/{id}/')).to.equal('id');
      expect(itemParamUnder('/pets', '/pets/{petId}')).to.equal('petId');
      expect(collectionPathOf('/a/{x}/b/{id}/')).to.equal('/a/{x}/b/');
      expect(collectionPathOf('/a/{x}/b/')).to.equal(undefined);
    });
    it('refuses deeper paths, literal segments, other collections and the collection itself', () => {
      const path = '/api/channel/{channel_id}/cancellation_request_images/';
      expect(itemParamUnder(path, `${path}{id}/attachments/`)).to.equal(undefined);
      expect(itemParamUnder(path, `${path}inserts/`)).to.equal(undefined);
      expect(itemParamUnder(path, '/api/v1/channel/{channel_id}/failed_integrations/{id}/')).to.equal(undefined);
      expect(itemParamUnder(path, path)).to.equal(undefined);
    });
  });

  describe('on small fixture models', () => {
    it('links an envelope-paged collection keyed by id: list, create, item operations', async () => {
      const api = await model(collection('/things/', { item: object({ id: integer, name: text }), param: 'id', list: 'envelope', create: true }));
      const things = topologyOf(api).collection('/things/');
      expect(things).to.include({ itemPath: '/things/{id}/', itemParam: 'id', itemKey: 'id' });
      expect(things?.pagination).to.deep.equal({ kind: 'envelope', pageParam: 'page', limitParam: 'limit' });
      expect(things?.list).to.equal(op(api, 'get', '/things/'));
      expect(things?.create).to.equal(op(api, 'post', '/things/'));
      expect(Object.keys(things?.item ?? {}).sort()).to.deep.equal(['delete', 'get', 'patch', 'put']);
      expect(itemOperation(api, '/things/', 'delete')?.operation).to.equal(op(api, 'delete', '/things/{id}/'));
      expect(listOf(api, op(api, 'get', '/things/{id}/'))).to.deep.equal({ list: op(api, 'get', '/things/'), param: 'id' });
      expect(topologyOf(api)).to.equal(topologyOf(api)); // computed once per model
    });

    it('keys a scoped bare-array collection by pk although its item parameter is {id}, and knows the scope field', async () => {
      const item = object({ pk: integer, channel: integer, object_id: integer, log_id: integer });
      const api = await model(collection('/c/{channel_id}/rows/', { item, param: 'id', scopes: ['channel_id'], list: 'array', create: true }));
      const rows = topologyOf(api).collection('/c/{channel_id}/rows/');
      expect(rows).to.include({ itemParam: 'id', itemKey: 'pk' });
      expect(rows?.pagination?.kind).to.equal('array');
      expect(rows?.scope).to.deep.equal({ param: 'channel_id', property: 'channel' });
      expect(ownedParams(api, op(api, 'delete', '/c/{channel_id}/rows/{id}/'))).to.deep.equal([{ param: 'id', collection: '/c/{channel_id}/rows/' }]);
    });

    it('keys a collection without a list by uuid, from the create answer', async () => {
      const api = await model(collection('/docs/', { item: object({ uuid: text, title: text }), param: 'uuid', create: true, itemMethods: ['get', 'delete'] }));
      expect(topologyOf(api).collection('/docs/')).to.include({ itemKey: 'uuid', itemParam: 'uuid' });
      expect(topologyOf(api).collection('/docs/')?.list).to.equal(undefined);
      expect(itemKeyProperty(api, '/docs/', { uuid: 'u-1', title: 't' })).to.equal('uuid');
    });

    it('keys by the *_id the item parameter names, and by none when several *_id are ambiguous', async () => {
      const api = await model(
        collection('/stores/{store_id}/stock/', { item: object({ row_id: integer, store_id: integer, store: integer }), param: 'row_id', scopes: ['store_id'], list: 'envelope' }),
        collection('/logs/', { item: object({ object_id: integer, log_id: integer }), param: 'row', list: 'envelope' }),
      );
      expect(topologyOf(api).collection('/stores/{store_id}/stock/')?.itemKey).to.equal('row_id');
      expect(op(api, 'get', '/stores/{store_id}/stock/').inferred.pagination?.itemKey).to.equal('row_id');
      // Once the first integer `*id` (object_id, another resource's id) aimed discovery; now there is no key, so no list.
      expect(topologyOf(api).collection('/logs/')?.itemKey).to.equal(undefined);
      expect(listOf(api, op(api, 'get', '/logs/{row}/'))).to.equal(undefined);
    });

    it('scopes a nested collection by its last {x_id} before a literal segment', async () => {
      const item = object({ id: integer, channel: integer, org: integer });
      const api = await model(collection('/o/{org_id}/ch/{channel_id}/items/', { item, param: 'id', scopes: ['org_id', 'channel_id'], list: 'envelope', create: true }));
      const items = topologyOf(api).collection('/o/{org_id}/ch/{channel_id}/items/');
      expect(items?.scope).to.deep.equal({ param: 'channel_id', property: 'channel' });
      expect(ownedParams(api, op(api, 'put', '/o/{org_id}/ch/{channel_id}/items/{id}/'))).to.deep.equal([{ param: 'id', collection: '/o/{org_id}/ch/{channel_id}/items/' }]);
    });

    it('gives discovery, the ledger and the lifecycle one item key (where infer.ts and ledger.ts once differed)', async () => {
      const api = await model(
        // infer.ts once keyed these by `order_id` (first integer *id); ledger.ts's fallback preferred uuid.
        collection('/orders/', { item: object({ uuid: text, order_id: integer }), param: 'uuid', list: 'envelope', create: true }),
        // No item schema at all: the ledger reads the answer's names by the same rule (once only id/pk/uuid).
        { '/jobs/': { post: { responses: { 201: { description: 'made' } } } }, '/jobs/{job_id}/': { delete: { parameters: [pathParam('job_id')], responses: { 204: { description: 'gone' } } } } },
      );
      const list = op(api, 'get', '/orders/');
      expect(list.inferred.pagination?.itemKey).to.equal('uuid');
      expect(itemKeyProperty(api, '/orders/', { uuid: 'u', order_id: 3 })).to.equal('uuid');
      expect(writableCollectionOf(api, op(api, 'post', '/orders/'))?.itemKey).to.equal('uuid');
      expect(itemKeyProperty(api, '/jobs/', { job_id: 7, state: 'queued' })).to.equal('job_id');
    });
  });
});
