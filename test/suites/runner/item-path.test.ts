import { expect } from 'chai';
import { itemParamUnder } from '../../../suites/runner/item-path';

describe('suites/runner/item-path', () => {
  it('names the parameter of an item path directly under a collection', () => {
    expect(itemParamUnder('/api/v1/channel/{channel_id}/failed_integrations/', '/api/v1/channel/{channel_id}/failed_integrations/{id}/')).to.equal('id');
    expect(itemParamUnder('/pets', '/pets/{petId}')).to.equal('petId');
  });
  it('refuses deeper paths, literal segments, other collections and the collection itself', () => {
    const collection = '/api/channel/{channel_id}/cancellation_request_images/';
    expect(itemParamUnder(collection, `${collection}{id}/attachments/`)).to.equal(undefined);
    expect(itemParamUnder(collection, `${collection}inserts/`)).to.equal(undefined);
    expect(itemParamUnder(collection, '/api/v1/channel/{channel_id}/failed_integrations/{id}/')).to.equal(undefined);
    expect(itemParamUnder(collection, collection)).to.equal(undefined);
  });
});
