import { expect } from 'chai';
import fc from 'fast-check';
import { claimUniqueId, deriveOperationId } from '../../model/operation-id';

describe('model/operation-id', () => {
  it('joins method and path into one lower-case snake_case id', () => {
    expect(deriveOperationId('get', '/api/v1/channel/{channel_id}/failed_integrations/{id}/')).to.equal(
      'get_api_v1_channel_channel_id_failed_integrations_id',
    );
    expect(deriveOperationId('delete', '/Pets/{petId}')).to.equal('delete_pets_petid');
    expect(deriveOperationId('post', '/a-b/c.json')).to.equal('post_a_b_c_json');
  });

  it('always gives an identifier-like id that starts with the method', () => {
    fc.assert(
      fc.property(fc.constantFrom('get', 'post', 'patch' as const), fc.string(), (method, path) => {
        const id = deriveOperationId(method, path);
        return id.startsWith(method) && /^[a-z0-9]+(_[a-z0-9]+)*$/.test(id);
      }),
    );
  });

  it('suffixes a taken id and records the new one', () => {
    const taken = new Set(['get_a', 'get_a_2']);
    expect(claimUniqueId('get_a', taken)).to.equal('get_a_3');
    expect(claimUniqueId('get_b', taken)).to.equal('get_b');
    expect([...taken]).to.deep.equal(['get_a', 'get_a_2', 'get_a_3', 'get_b']);
  });
});
