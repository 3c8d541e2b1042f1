import { expect } from 'chai';
import type { ApiModel } from '../../../model/operation';
import { DEFAULT_CONFIG } from '../../../engine/config';
import { loadApis } from '../../../engine/session';
import { writableCollectionOf } from '../../../scenarios/lifecycle/collection';
import { objectShapeOf } from '../../../scenarios/lifecycle/object-shape';
import { lifecycleMatchesTheModel } from '../../../scenarios/lifecycle/lifecycle-matches-the-model';

describe('semantics/lifecycle: which operations form a writable collection', function () {
  let apis: ApiModel[];
  before(async function () {
    apis = await loadApis({ ...DEFAULT_CONFIG });
  });
  const omnitron = () => apis.find((api) => api.name === 'omnitron') as ApiModel;

  it('applies to the failed-integration create only, in the bundled specs', function () {
    const applies = apis.flatMap((api) => api.operations.filter((operation) => lifecycleMatchesTheModel.appliesTo(operation, api)).map((operation) => operation.id));
    expect(applies).to.deep.equal(['createSalesChannelFailedIntegration']);
  });

  it('groups the create with its list, item operations, item key and scope by path shape', function () {
    const api = omnitron();
    const create = api.operations.find((operation) => operation.id === 'createSalesChannelFailedIntegration');
    const collection = create && writableCollectionOf(api, create);
    expect(collection).to.not.equal(undefined);
    expect(collection?.list.id).to.equal('listSalesChannelFailedIntegrations');
    expect(collection?.retrieve.id).to.equal('retrieveSalesChannelFailedIntegration');
    expect(collection?.update?.id).to.equal('updateSalesChannelFailedIntegration');
    expect(collection?.partialUpdate?.id).to.equal('partialUpdateSalesChannelFailedIntegration');
    expect(collection?.destroy.id).to.equal('deleteSalesChannelFailedIntegration');
    expect(collection).to.include({ itemParam: 'id', itemKey: 'pk', countable: true });
    expect(collection?.scope).to.deep.equal({ param: 'channel_id', property: 'channel' });
  });

  it('models the writable fields the items carry, not the read-only key, and the scope from the path', function () {
    const api = omnitron();
    const collection = writableCollectionOf(api, api.operations.find((operation) => operation.method === 'post')!)!;
    const shape = objectShapeOf(collection, 2);
    const names = shape.fields.map((field) => field.name);
    expect(names).to.not.include('pk');
    expect(names).to.include.members(['channel', 'version_date', 'is_active', 'expiration_date', 'log_id']);
    expect(shape.fields.find((field) => field.name === 'is_active')?.defaultValue).to.deep.equal({ value: true });
    expect(shape.fields.find((field) => field.name === 'log_id')?.nullable).to.equal(true);
    expect(shape.fields.find((field) => field.name === 'object_id')?.nullable).to.equal(false);
    expect(shape.scope).to.deep.equal({ property: 'channel', param: 'channel_id', value: 2 });
  });

  it('does not apply without an item DELETE to clean up with, nor to a list or an item operation', function () {
    const api = omnitron();
    const withoutDelete: ApiModel = { ...api, operations: api.operations.filter((operation) => operation.method !== 'delete') };
    const create = api.operations.find((operation) => operation.method === 'post')!;
    expect(lifecycleMatchesTheModel.appliesTo(create, withoutDelete)).to.equal(false);
    for (const operation of api.operations.filter((candidate) => candidate.method !== 'post')) {
      expect(lifecycleMatchesTheModel.appliesTo(operation, api), operation.id).to.equal(false);
    }
  });

  it('leaves PUT and PATCH out when the collection does not document them', function () {
    const api = omnitron();
    const readOnlyItems: ApiModel = { ...api, operations: api.operations.filter((operation) => operation.method !== 'put' && operation.method !== 'patch') };
    const collection = writableCollectionOf(readOnlyItems, api.operations.find((operation) => operation.method === 'post')!);
    expect(collection?.update).to.equal(undefined);
    expect(collection?.partialUpdate).to.equal(undefined);
  });
});
