import { expect } from 'chai';
import { buildApiModel } from '../../model/build';
import { ModelError } from '../../model/errors';
import { inferDetailOperationId, inferItemKey, inferScope } from '../../model/infer';
import type { ApiModel, Operation } from '../../model/operation';
import petstore from '../../specs/fixtures/petstore.json';
import { mergedRawOmnitron } from './support/raw-omnitron';

function op(model: ApiModel, id: string): Operation {
  const found = model.operations.find((operation) => operation.id === id);
  if (!found) throw new Error(`no operation ${id}; have ${model.operations.map((o) => o.id).join(', ')}`);
  return found;
}

/** A bare operation to probe one inference with; only the fields the inference reads matter. */
function bare(method: Operation['method'], path: string, id = `${method} ${path}`): Operation {
  return { id, api: 't', method, path, tags: [], parameters: [], responses: [], security: [], sideEffects: false, deprecated: false, inferred: { filters: [] } };
}

describe('model/infer', () => {
  describe('on the fixture Petstore', () => {
    let model: ApiModel;
    before(async () => {
      model = await buildApiModel(petstore, { name: 'pets' });
    });

    it('sees a bare array with page/limit as array pagination keyed by id', () => {
      const { pagination } = op(model, 'get_pets').inferred;
      expect(pagination).to.include({ kind: 'array', pageParam: 'page', limitParam: 'limit', itemKey: 'id' });
    });

    it('sees count/next/results as an envelope and keeps $defs with a recursive item schema', () => {
      const { pagination } = op(model, 'listCategories').inferred;
      expect(pagination).to.include({ kind: 'envelope', limitParam: 'page_size', itemKey: 'id' });
      expect(pagination?.itemSchema).to.deep.include({ $ref: '#/$defs/Category' });
      expect(pagination?.itemSchema).to.have.nested.property('$defs.Category.properties.children');
    });

    it('finds offset/per_page, a *_id item key, filters and the scope with its item property', () => {
      const { inferred } = op(model, 'listStock');
      expect(inferred.pagination).to.include({ kind: 'envelope', pageParam: 'offset', limitParam: 'per_page', itemKey: 'row_id' });
      expect(inferred.filters).to.deep.equal([
        { param: 'sku', property: 'sku', match: 'equals' },
        { param: 'labels', property: 'labels', match: 'contains' },
      ]);
      expect(inferred.scope).to.deep.equal({ param: 'store_id', property: 'store' });
      expect(inferred.detailOperationId).to.equal('get_stores_store_id_stock_row');
    });

    it('scopes item operations by the same parameter and leaves unpaged operations unpaged', () => {
      const { inferred } = op(model, 'patch_stores_store_id_stock_row');
      expect(inferred.scope).to.deep.equal({ param: 'store_id', property: 'store' });
      expect(inferred.pagination).to.equal(undefined);
      expect(op(model, 'getPet').inferred.pagination).to.equal(undefined);
    });

    it('links a collection to the GET on its {param} child', () => {
      expect(op(model, 'createPet').inferred.detailOperationId).to.equal('getPet');
      expect(op(model, 'getPet').inferred.detailOperationId).to.equal(undefined);
    });
  });

  describe('one inference at a time', () => {
    it('keys items by the topology rule: id, pk, uuid, the item parameter, the only *_id', () => {
      expect(inferItemKey({ properties: { pk: { type: 'integer' }, id: { type: 'integer' } } })).to.equal('id');
      expect(inferItemKey({ properties: { uuid: { type: 'string' }, pk: { type: 'string' } } })).to.equal('pk');
      // Once `order_id` (the first integer *id); the ledger already took `uuid`: the one rule takes uuid.
      expect(inferItemKey({ properties: { uuid: { type: 'string' }, order_id: { type: 'integer' } } })).to.equal('uuid');
      expect(inferItemKey({ properties: { order_id: { type: 'integer' }, name: { type: 'string' } } })).to.equal('order_id');
      expect(inferItemKey({ properties: { order_id: { type: 'integer' }, log_id: { type: 'integer' } } })).to.equal(undefined);
      expect(inferItemKey({ properties: { order_id: { type: 'integer' }, log_id: { type: 'integer' } } }, 'log_id')).to.equal('log_id');
      expect(inferItemKey({ properties: { name: { type: 'string' } } })).to.equal(undefined);
    });

    it('needs a literal segment after the *_id parameter to call it a scope', () => {
      expect(inferScope(bare('get', '/users/{user_id}'), [])).to.equal(undefined);
      expect(inferScope(bare('get', '/orgs/{org_id}/teams/{team_id}/members/'), [])).to.deep.equal({ param: 'team_id' });
      expect(inferScope(bare('delete', '/orgs/{org_id}/teams/{id}'), [])).to.deep.equal({ param: 'org_id' });
    });

    it('matches the detail path with or without a trailing slash as the document writes it', () => {
      const detail = bare('get', '/things/{thing}', 'getThing');
      expect(inferDetailOperationId(bare('post', '/things'), [detail])).to.equal('getThing');
      expect(inferDetailOperationId(bare('post', '/things/'), [bare('get', '/things/{id}/', 'x')])).to.equal('x');
      expect(inferDetailOperationId(bare('post', '/things/'), [bare('get', '/things/{id}/parts/', 'y')])).to.equal(undefined);
    });
  });

  describe('on the published Omnitron fragments, merged without overlays', () => {
    it('rejects them: the list fragment requires the undefined JWT scheme', async () => {
      try {
        await buildApiModel(mergedRawOmnitron(), { name: 'omnitron' });
        expect.fail('expected a ModelError');
      } catch (error) {
        expect(error).to.be.instanceOf(ModelError);
        expect((error as ModelError).pointer).to.equal('#/paths/~1api~1channel~1{channel_id}~1cancellation_request_images~1/get/security/0/JWT');
      }
    });

    describe('with JWT read as Token', () => {
      let model: ApiModel;
      before(async () => {
        const document = mergedRawOmnitron();
        const text = JSON.stringify(document).replace(/"JWT":\[\]/g, '"Token":[]');
        model = await buildApiModel(JSON.parse(text), { name: 'omnitron' });
      });

      it('infers failed integrations: envelope keyed by pk, channel filter and channel scope', () => {
        const list = op(model, 'get_api_v1_channel_channel_id_failed_integrations');
        expect(list.inferred.pagination).to.include({ kind: 'envelope', pageParam: 'page', limitParam: 'limit', itemKey: 'pk' });
        expect(list.inferred.filters).to.deep.equal([{ param: 'channel', property: 'channel', match: 'equals' }]);
        expect(list.inferred.scope).to.deep.equal({ param: 'channel_id', property: 'channel' });
        expect(op(model, 'delete_api_v1_channel_channel_id_failed_integrations_id').inferred.scope).to.deep.equal(list.inferred.scope);
        expect(list.inferred.detailOperationId).to.equal('get_api_v1_channel_channel_id_failed_integrations_id');
        expect(op(model, 'post_api_v1_channel_channel_id_failed_integrations').inferred.detailOperationId).to.equal(
          'get_api_v1_channel_channel_id_failed_integrations_id',
        );
      });

      it('infers cancellation request images: ids through allOf, object-valued attributes filter, unpropertied scope', () => {
        const list = op(model, 'listSalesChannelCancellationRequestImages');
        expect(list.inferred.pagination).to.include({ kind: 'envelope', itemKey: 'id' });
        expect(list.inferred.filters).to.deep.equal([
          { param: 'attributes', property: 'attributes', match: 'contains' },
          { param: 'cancellation_request', property: 'cancellation_request', match: 'equals' },
          { param: 'uploaded_by', property: 'uploaded_by', match: 'equals' },
        ]);
        expect(list.inferred.scope).to.deep.equal({ param: 'channel_id' });
        expect(list.inferred.detailOperationId).to.equal('get_api_channel_channel_id_cancellation_request_images_id');
        expect(op(model, 'getCancellationRequestImagesInserts').inferred.pagination).to.include({ kind: 'array', itemKey: 'id' });
      });

      it('keeps readOnly pk out of the create body and nullable fields nullable', () => {
        const schema = op(model, 'post_api_v1_channel_channel_id_failed_integrations').requestBody?.content[0].schema as {
          properties: Record<string, { type: unknown }>;
        };
        expect(schema.properties).to.not.have.property('pk');
        expect(schema.properties.expiration_date.type).to.deep.equal(['string', 'null']);
      });
    });
  });
});
